// seedrandom's Alea generator on its own: the package's main module also loads Node's
// crypto (for autoseeding, which the model never uses), which a browser bundle has not.
declare module "seedrandom/lib/alea.js" {
  import type { PRNG } from "seedrandom";

  const alea: (seed: string, options?: { state?: boolean | object }) => PRNG;
  export default alea;
}
