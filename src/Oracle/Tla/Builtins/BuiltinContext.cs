using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Builtins;

/// <summary>
/// What built-in operators may see of the run that evaluates them: where <c>Print</c> and
/// <c>PrintT</c> write, the current BFS level or trace position for <c>TLCGet("level")</c>, and the
/// registers of <c>TLCSet</c>/<c>TLCGet</c>. One context belongs to one evaluating thread (TLC, too,
/// keeps the <c>TLCSet</c> registers per worker); it is not thread-safe.
/// </summary>
public sealed class BuiltinContext
{
    private Value?[] _registers = [];

    /// <summary>A context that prints to <paramref name="output"/> (standard output when null).</summary>
    public BuiltinContext(TextWriter? output = null)
    {
        Output = output ?? Console.Out;
    }

    /// <summary>Where <c>Print</c> and <c>PrintT</c> write, one line per call, as TLC does.</summary>
    public TextWriter Output { get; set; }

    /// <summary>
    /// The value of <c>TLCGet("level")</c>: the BFS level of the state being explored (initial states
    /// are level 1, as in TLC) or the position in a validated trace; null when there is none, and then
    /// <c>TLCGet("level")</c> is an evaluation error.
    /// </summary>
    public long? Level { get; set; }

    /// <summary>
    /// The other values TLC offers through <c>TLCGet(name)</c> (<c>"diameter"</c>, <c>"distinct"</c>,
    /// <c>"generated"</c>, <c>"queue"</c>, ...): the checker supplies them; a null result, or no
    /// provider, makes <c>TLCGet(name)</c> an evaluation error.
    /// </summary>
    public Func<string, Value?>? Statistics { get; set; }

    /// <summary>The source of <c>RandomElement</c>'s choices; fixed seed so runs repeat.</summary>
    public Random Random { get; set; } = new(0);

    /// <summary>The value stored by <c>TLCSet(index, v)</c>, or null when nothing was stored there.</summary>
    public Value? GetRegister(int index) =>
        index >= 0 && index < _registers.Length ? _registers[index] : null;

    /// <summary>Stores <paramref name="value"/> for later <c>TLCGet(index)</c>.</summary>
    public void SetRegister(int index, Value value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        if (index >= _registers.Length)
        {
            Array.Resize(ref _registers, Math.Max(index + 1, _registers.Length * 2));
        }
        _registers[index] = value;
    }
}
