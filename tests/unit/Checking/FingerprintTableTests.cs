using GraphSpec.Oracle.Checking;
using Xunit;

namespace GraphSpec.UnitTests.Checking;

public class FingerprintTableTests
{
    [Fact]
    public void Adds_each_fingerprint_once_and_keeps_its_index_across_growth()
    {
        var table = new FingerprintTable(initialCapacity: 16);
        var random = new Random(7);
        var added = new Dictionary<long, int>();
        for (var i = 0; i < 10_000; i++)
        {
            var fingerprint = random.NextInt64(long.MinValue, long.MaxValue);
            Assert.Equal(!added.ContainsKey(fingerprint), table.TryAdd(fingerprint, i));
            added.TryAdd(fingerprint, i);
        }

        Assert.Equal(added.Count, table.Count);
        foreach (var (fingerprint, index) in added)
        {
            Assert.True(table.TryGetIndex(fingerprint, out var found));
            Assert.Equal(index, found);
        }

        Assert.False(table.TryAdd(added.Keys.First(), 99));
    }

    [Fact]
    public void Fingerprint_zero_is_stored_as_one()
    {
        var table = new FingerprintTable();
        Assert.False(table.Contains(0));
        Assert.True(table.TryAdd(0, 5));
        Assert.True(table.Contains(1));
        Assert.False(table.TryAdd(1, 6));
        Assert.True(table.TryGetIndex(0, out var index));
        Assert.Equal(5, index);
    }

    [Fact]
    public void Colliding_slots_are_probed()
    {
        var table = new FingerprintTable(initialCapacity: 16);

        // Same low bits and same high bits: every key lands in the same slot of a small table.
        long[] keys = [0x10_0000_0010, 0x20_0000_0020, 0x30_0000_0030];
        for (var i = 0; i < keys.Length; i++)
        {
            Assert.True(table.TryAdd(keys[i], i));
        }

        for (var i = 0; i < keys.Length; i++)
        {
            Assert.True(table.TryGetIndex(keys[i], out var index));
            Assert.Equal(i, index);
        }

        Assert.False(table.Contains(0x40_0000_0040));
    }
}
