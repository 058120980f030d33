import type { Remote } from "comlink";
import { describe, expectTypeOf, it } from "vitest";
import type { RunMetrics } from "../../src/engine/types.js";
import type {
  AdvanceRequest,
  EngineApi,
  Frame,
  InitResult,
  SpotlightPick,
} from "../../src/engine-host/engine-api.js";

/**
 * Type-level checks (run by `tsc --noEmit`, which includes test/): what comlink's proxy of the
 * worker offers is exactly the EngineApi the page codes against, so nothing that crosses the
 * boundary needs a cast.
 */
describe("the engine API through comlink", () => {
  it("is assignable to the API the controller uses", () => {
    expectTypeOf<Remote<EngineApi>>().toExtend<EngineApi>();
  });

  it("promises what the engine host returns", () => {
    expectTypeOf<ReturnType<Remote<EngineApi>["init"]>>().toExtend<Promise<InitResult>>();
    expectTypeOf<ReturnType<Remote<EngineApi>["advance"]>>().toEqualTypeOf<Promise<Frame>>();
    expectTypeOf<ReturnType<Remote<EngineApi>["spotlight"]>>().toExtend<Promise<SpotlightPick>>();
    expectTypeOf<ReturnType<Remote<EngineApi>["metrics"]>>().toEqualTypeOf<Promise<RunMetrics>>();
  });

  it("takes the same arguments", () => {
    expectTypeOf<Parameters<Remote<EngineApi>["advance"]>>().toEqualTypeOf<
      [request: AdvanceRequest]
    >();
    expectTypeOf<Parameters<Remote<EngineApi>["init"]>>().toEqualTypeOf<
      Parameters<EngineApi["init"]>
    >();
  });
});
