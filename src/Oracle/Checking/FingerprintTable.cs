namespace GraphSpec.Oracle.Checking;

/// <summary>
/// The seen-set: an open-addressing hash table from 64-bit state fingerprints to dense state
/// indices, in two flat arrays (12 bytes a slot, no per-entry objects), doubled when 3/4 full.
/// Fingerprint 0 marks an empty slot, so a state whose fingerprint is 0 is stored as 1.
/// Reads may run concurrently with each other; writes must be serialized by the caller and must
/// not overlap reads.
/// </summary>
public sealed class FingerprintTable
{
    private long[] keys;
    private int[] values;
    private int mask;
    private int count;

    public FingerprintTable(int initialCapacity = 1 << 16)
    {
        var capacity = 16;
        while (capacity < initialCapacity)
        {
            capacity <<= 1;
        }

        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    public int Count => count;

    /// <summary>Bytes held by the table (for the statistics).</summary>
    public long MemoryBytes => (long)keys.Length * (sizeof(long) + sizeof(int));

    public static long Normalize(long fingerprint) => fingerprint == 0 ? 1 : fingerprint;

    public bool Contains(long fingerprint) => TryGetIndex(fingerprint, out _);

    public bool TryGetIndex(long fingerprint, out int index)
    {
        fingerprint = Normalize(fingerprint);
        var keys = this.keys;
        var mask = keys.Length - 1;
        var slot = Slot(fingerprint, mask);
        while (true)
        {
            var key = keys[slot];
            if (key == fingerprint)
            {
                index = values[slot];
                return true;
            }

            if (key == 0)
            {
                index = -1;
                return false;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Adds the fingerprint with <paramref name="index"/>; false (and no change) when present.</summary>
    public bool TryAdd(long fingerprint, int index)
    {
        fingerprint = Normalize(fingerprint);
        if ((count + 1) * 4L > keys.Length * 3L)
        {
            Grow();
        }

        var slot = Slot(fingerprint, mask);
        while (true)
        {
            var key = keys[slot];
            if (key == fingerprint)
            {
                return false;
            }

            if (key == 0)
            {
                keys[slot] = fingerprint;
                values[slot] = index;
                count++;
                return true;
            }

            slot = (slot + 1) & mask;
        }
    }

    // Fingerprints are already well mixed; folding the halves uses every bit.
    private static int Slot(long fingerprint, int mask) => (int)(((ulong)fingerprint >> 32) ^ (ulong)fingerprint) & mask;

    private void Grow()
    {
        var oldKeys = keys;
        var oldValues = values;
        var capacity = oldKeys.Length * 2;
        var newKeys = new long[capacity];
        var newValues = new int[capacity];
        var newMask = capacity - 1;
        for (var i = 0; i < oldKeys.Length; i++)
        {
            var key = oldKeys[i];
            if (key == 0)
            {
                continue;
            }

            var slot = Slot(key, newMask);
            while (newKeys[slot] != 0)
            {
                slot = (slot + 1) & newMask;
            }

            newKeys[slot] = key;
            newValues[slot] = oldValues[i];
        }

        values = newValues;
        keys = newKeys;
        mask = newMask;
    }
}
