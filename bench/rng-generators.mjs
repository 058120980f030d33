import seedrandom from "seedrandom";

const names = ["alea", "xor128", "xorwow", "xorshift7", "xor4096", "tychei"];
const N = 2e7;
for (const rep of [0, 1]) {
  for (const n of ["arc4", ...names]) {
    const r = n === "arc4" ? seedrandom("s") : seedrandom[n]("s");
    for (const mode of ["call", "quick", "double"]) {
      const f = mode === "call" ? r : r[mode].bind(r);
      let s = 0;
      const t = process.hrtime.bigint();
      for (let i = 0; i < N; i++) s += f();
      const dt = Number(process.hrtime.bigint() - t) / 1e9;
      if (rep)
        console.log(
          n.padEnd(10),
          mode.padEnd(7),
          (N / dt / 1e6).toFixed(1),
          "M/s",
          (s / N).toFixed(4),
        );
    }
  }
}
