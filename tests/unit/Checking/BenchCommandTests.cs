using GraphSpec.UnitTests.Cli;
using Xunit;

namespace GraphSpec.UnitTests.Checking;

public class BenchCommandTests
{
    [Fact]
    public void Reports_rate_and_agreement_per_model()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"graphspec-bench-{Guid.NewGuid():N}");
        var model = Path.Combine(folder, "counter");
        Directory.CreateDirectory(model);
        try
        {
            File.WriteAllText(Path.Combine(model, "Spec.tla"), "---- MODULE Spec ----\nEXTENDS Naturals\nVARIABLE x\nInit == x = 0\nNext == x' = (x + 1) % 10\n====\n");
            File.WriteAllText(Path.Combine(model, "Spec.cfg"), "INIT Init\nNEXT Next\n");

            // 10 states in a cycle: 1 initial state + 10 successors generated.
            File.WriteAllText(Path.Combine(model, "expected.json"), """{"distinct_states": 10, "states_generated": 11, "tlc_distinct_per_second_workers1": 1000}""");
            var run = CliResult.Run("bench", "checker", "--workers", "1", "--dir", folder, "--repeat", "2");
            Assert.Equal(0, run.Exit);
            var row = run.Out.Split('\n').Single(l => l.StartsWith("counter", StringComparison.Ordinal));
            var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(["counter", "10", "11"], columns[..3]);
            Assert.Equal("1000", columns[6]);
            Assert.Equal("yes", columns[^1]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_model_whose_counts_differ_from_TLCs_is_marked()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"graphspec-bench-{Guid.NewGuid():N}");
        var model = Path.Combine(folder, "counter");
        Directory.CreateDirectory(model);
        try
        {
            File.WriteAllText(Path.Combine(model, "Spec.tla"), "---- MODULE Spec ----\nEXTENDS Naturals\nVARIABLE x\nInit == x = 0\nNext == x' = (x + 1) % 10\n====\n");
            File.WriteAllText(Path.Combine(model, "Spec.cfg"), "INIT Init\nNEXT Next\n");
            File.WriteAllText(Path.Combine(model, "expected.json"), """{"distinct_states": 11, "states_generated": 11}""");
            var run = CliResult.Run("bench", "checker", "--workers", "1", "--dir", folder);
            Assert.Equal(1, run.Exit);
            Assert.Contains("NO: ok", run.Out);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
