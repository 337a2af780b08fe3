import { createRequire } from 'node:module';

// The client's serializers check `instanceof` against its own generated classes, and those classes
// extend the google-protobuf and @grpc/grpc-js copies the client resolves. Everything the test
// server builds therefore comes from the client package's own dependency tree, loaded through a
// require anchored there: the _pb.js files are CommonJS with no ESM named exports.
const requireFromRoot = createRequire(import.meta.url);
const clientEntry = requireFromRoot.resolve('@eventstore/db-client');
const requireFromClient = createRequire(clientEntry);

/** The @grpc/grpc-js instance the client itself uses, so server and client share one copy. */
export const grpc = requireFromClient('@grpc/grpc-js') as typeof import('@grpc/grpc-js');
/** Where the client resolved @grpc/grpc-js from (a test compares it with the devDependency). */
export const grpcResolvedByClient = requireFromClient.resolve('@grpc/grpc-js');

/** The generated message classes of the streams service. */
export const streamsPb = requireFromClient('../generated/streams_pb.js') as typeof import('@eventstore/db-client/generated/streams_pb');
/** The generated Streams service definition. */
export const streamsGrpc = requireFromClient('../generated/streams_grpc_pb.js') as typeof import('@eventstore/db-client/generated/streams_grpc_pb');
/** Shared messages: UUID, StreamIdentifier, Empty, WrongExpectedVersion, StreamDeleted. */
export const sharedPb = requireFromClient('../generated/shared_pb.js') as typeof import('@eventstore/db-client/generated/shared_pb');
/** google.rpc.Status as EventStoreDB declares it (one packed detail). */
export const statusPb = requireFromClient('../generated/status_pb.js') as typeof import('@eventstore/db-client/generated/status_pb');
/** google.rpc.Code, the status codes a google.rpc.Status carries. */
export const codePb = requireFromClient('../generated/code_pb.js') as typeof import('@eventstore/db-client/generated/code_pb');
/** The generated ServerFeatures messages and service. */
export const serverFeaturesPb = requireFromClient('../generated/serverfeatures_pb.js') as typeof import('@eventstore/db-client/generated/serverfeatures_pb');
/** The generated ServerFeatures service definition. */
export const serverFeaturesGrpc = requireFromClient(
  '../generated/serverfeatures_grpc_pb.js',
) as typeof import('@eventstore/db-client/generated/serverfeatures_grpc_pb');
/** The generated Gossip messages. */
export const gossipPb = requireFromClient('../generated/gossip_pb.js') as typeof import('@eventstore/db-client/generated/gossip_pb');
/** The generated Gossip service definition. */
export const gossipGrpc = requireFromClient('../generated/gossip_grpc_pb.js') as typeof import('@eventstore/db-client/generated/gossip_grpc_pb');

const requireFromGenerated = createRequire(requireFromClient.resolve('../generated/shared_pb.js'));
/** google.protobuf.Empty, as the generated code requires it. */
export const googleEmptyPb = requireFromGenerated('google-protobuf/google/protobuf/empty_pb.js') as typeof import('google-protobuf/google/protobuf/empty_pb');
/** google.protobuf.Any, to pack the details of a google.rpc.Status. */
export const googleAnyPb = requireFromGenerated('google-protobuf/google/protobuf/any_pb.js') as typeof import('google-protobuf/google/protobuf/any_pb');
