import type { ServerUnaryCall, sendUnaryData } from '@grpc/grpc-js';
import { gossipGrpc, gossipPb, grpc, serverFeaturesGrpc, serverFeaturesPb, streamsGrpc } from './generated';
import { uuidMessage } from './protocol';
import { makeServerLog, type ServerLog } from './serverLog';
import { streamsService } from './streamsService';

/** How a test server behaves. */
export interface TestServerOptions {
  /**
   * Whether GetSupportedMethods lists Streams.BatchAppend, so the client appends through it, as it
   * does with every real server since 21.10; without it the client uses Streams.Append. Default true.
   */
  readonly batchAppend?: boolean;
  /** The server's clock, stamped on records as `created`; defaults to the system clock. */
  readonly now?: () => Date;
}

/** A running test server. */
export interface TestServer {
  /** The port it listens on, on 127.0.0.1. */
  readonly port: number;
  /** A connection string for a single node without TLS: `esdb://127.0.0.1:PORT?tls=false`. */
  readonly connectionString: string;
  /** Its storage, for assertions and for playing an attacker who edits the database files. */
  readonly log: ServerLog;
  /** How many calls each method received, by method name ('Read', 'Append', 'BatchAppend', ...). */
  readonly calls: ReadonlyMap<string, number>;
  /** Stops at once, cutting every open call (forceShutdown). */
  readonly stop: () => void;
}

const SERVER_VERSION = '24.10.0';

const method = (service: string, name: string): InstanceType<typeof serverFeaturesPb.SupportedMethod> =>
  // A real server lists service and method names in lower case; the client compares them so.
  new serverFeaturesPb.SupportedMethod().setServiceName(service.toLowerCase()).setMethodName(name.toLowerCase());

const counting = <H extends (...args: never[]) => void>(calls: Map<string, number>, name: string, handler: H): H =>
  ((...args: Parameters<H>) => {
    calls.set(name, (calls.get(name) ?? 0) + 1);
    handler(...args);
  }) as H;

/**
 * Starts an in-process gRPC server that speaks EventStoreDB's client protocol (Streams,
 * ServerFeatures, Gossip) from the client package's own generated service definitions, over an
 * in-memory log. Test code only: it does what a real server does for the calls the adapter makes,
 * and docs/adapters/eventstoredb.md lists where it departs from one.
 */
export const startTestServer = async (options: TestServerOptions = {}): Promise<TestServer> => {
  const log = makeServerLog(options.now);
  const calls = new Map<string, number>();
  const server = new grpc.Server();
  const streams = streamsService(log);
  server.addService(streamsGrpc.StreamsService, {
    read: counting(calls, 'Read', streams.read),
    append: counting(calls, 'Append', streams.append),
    batchAppend: counting(calls, 'BatchAppend', streams.batchAppend),
    tombstone: counting(calls, 'Tombstone', streams.tombstone),
    delete: counting(calls, 'Delete', streams.delete),
  });
  let port = 0;
  const streamsName = 'event_store.client.streams.Streams';
  server.addService(serverFeaturesGrpc.ServerFeaturesService, {
    getSupportedMethods: counting(
      calls,
      'GetSupportedMethods',
      (_call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<InstanceType<typeof serverFeaturesPb.SupportedMethods>>) => {
        const methods = [method(streamsName, 'Read'), method(streamsName, 'Append'), method(streamsName, 'Tombstone')];
        if (options.batchAppend ?? true) methods.push(method(streamsName, 'BatchAppend'));
        methods.push(method('event_store.client.gossip.Gossip', 'Read'), method('event_store.client.server_features.ServerFeatures', 'GetSupportedMethods'));
        callback(null, new serverFeaturesPb.SupportedMethods().setMethodsList(methods).setEventStoreServerVersion(SERVER_VERSION));
      },
    ),
  });
  // One alive leader, itself: what a cluster-style connection string discovers through gossip.
  server.addService(gossipGrpc.GossipService, {
    read: counting(calls, 'Gossip', (_call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<InstanceType<typeof gossipPb.ClusterInfo>>) => {
      const leader = new gossipPb.MemberInfo()
        .setInstanceId(uuidMessage('00000000-0000-4000-8000-00000000000a'))
        .setTimeStamp(String(Date.now() * 10_000))
        .setState(gossipPb.MemberInfo.VNodeState.LEADER)
        .setIsAlive(true)
        .setHttpEndPoint(new gossipPb.EndPoint().setAddress('127.0.0.1').setPort(port));
      callback(null, new gossipPb.ClusterInfo().setMembersList([leader]));
    }),
  });
  port = await new Promise<number>((resolve, reject) => {
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, bound) => (error === null ? resolve(bound) : reject(error)));
  });
  return {
    port,
    connectionString: `esdb://127.0.0.1:${port}?tls=false`,
    log,
    calls,
    stop: () => server.forceShutdown(),
  };
};
