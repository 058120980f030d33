export { barabasiAlbert } from "./barabasi-albert.js";
export { buildSocialGraph, type EdgeList, GrowableCsr, type SocialGraph } from "./csr.js";
export { erdosRenyi } from "./erdos-renyi.js";
export type { ImportedNetwork } from "./imported-network.js";
export { NetworkFormatError } from "./network-format-error.js";
export { type NetworkFormat, type ParseNetworkOptions, parseNetwork } from "./parse-network.js";
export { sampleNetwork } from "./sample-network.js";
export { stochasticBlockModel } from "./stochastic-block-model.js";
export { wattsStrogatz } from "./watts-strogatz.js";
