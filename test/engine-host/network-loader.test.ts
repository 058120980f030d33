import { describe, expect, it } from "vitest";
import { servedPath } from "../../src/engine-host/network-loader.js";

describe("where the page asks for a scenario's network file", () => {
  it("serves a path written relative to the scenario file from public/", () => {
    expect(servedPath("../public/networks/karate.gexf")).toBe("networks/karate.gexf");
  });

  it("takes a path already under public/ as it is", () => {
    expect(servedPath("networks/karate.gexf")).toBe("networks/karate.gexf");
    expect(servedPath("./networks/karate.gexf")).toBe("networks/karate.gexf");
  });

  it("refuses another site", () => {
    expect(() => servedPath("https://example.org/net.txt")).toThrow(
      /^graph\.path: got "https:\/\/example\.org\/net\.txt"; allowed: a path under public\//,
    );
  });

  it("refuses an absolute path", () => {
    expect(() => servedPath("/etc/passwd")).toThrow(/^graph\.path: got "\/etc\/passwd"/);
  });

  it("refuses a path that climbs out of public/", () => {
    expect(() => servedPath("networks/../../secret.txt")).toThrow(/without "\.\."/);
  });
});
