namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// The kinds of TLA+ values. Records, tuples and sequences are all <see cref="Function"/>s, and every
/// set representation (enumerated, interval, SUBSET, ...) is a <see cref="Set"/>, because TLA+ equality
/// does not distinguish representations.
/// </summary>
/// <remarks>
/// The numeric order is the rank used to order values of different kinds in the engine's total order.
/// Model values come first because TLC orders an untyped model value before every other value.
/// </remarks>
public enum ValueKind
{
    ModelValue = 0,
    Boolean = 1,
    Integer = 2,
    String = 3,
    Function = 4,
    Set = 5,
}
