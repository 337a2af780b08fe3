/**
 * The stream that holds the ledger of one campaign (one reporting unit, e.g. a district's run of
 * the campaign): every event of that unit is appended there, so one stream is one aggregate.
 *
 * @example campaignStreamName('muong-te') === 'campaign-muong-te'
 */
export const campaignStreamName = (campaignId: string): string => `campaign-${campaignId}`;
