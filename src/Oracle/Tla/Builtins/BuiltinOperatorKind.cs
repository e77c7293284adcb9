namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>How a <see cref="BuiltinOperator"/> is evaluated.</summary>
public enum BuiltinOperatorKind
{
    /// <summary>A 0-ary operator whose value never changes (<c>Nat</c>, <c>Int</c>).</summary>
    Constant,
    /// <summary>All arguments are values (<see cref="StrictOperator"/>); 0-ary ones that are not constant (<c>JavaTime</c>) too.</summary>
    Strict,
    /// <summary>Some arguments are operators (<see cref="HigherOrderOperator"/>).</summary>
    HigherOrder,
}
