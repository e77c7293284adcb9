namespace GraphSpec.Oracle.Tla.Values;

/// <summary>Thresholds TLC uses when deciding how to print lazily held sets.</summary>
internal static class LazySetLimits
{
    /// <summary>
    /// TLC's default enumeration bound (<c>TLCGlobals.enumBound</c>): sets of functions, records and
    /// tuples with fewer elements print enumerated, bigger ones symbolically.
    /// </summary>
    public const int PrintEnumeratedBelow = 2000;
}
