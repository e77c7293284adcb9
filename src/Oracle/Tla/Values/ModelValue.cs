using System.Collections.Concurrent;

namespace GraphSpec.Oracle.Tla.Values;

/// <summary>
/// A model value from the cfg file (<c>p1</c>, <c>None</c>). It equals only itself; TLC compares an
/// untyped model value with any other value without error (the answer is just "unequal") and orders
/// it before every value that is not a model value. A name of the form <c>x_rest</c> (one character,
/// an underscore, at least one more character) makes a model value typed with type <c>x</c>: TLC then
/// refuses to compare it with anything but untyped model values and model values of the same type.
/// </summary>
public sealed class ModelValue : Value
{
    private static readonly ConcurrentDictionary<string, ModelValue> Interned = new(StringComparer.Ordinal);

    private ModelValue(string name, int token)
        : base(ValueKind.ModelValue)
    {
        Name = name;
        Token = token;
        TypeTag = name.Length > 2 && name[1] == '_' ? name[0] : '\0';
    }

    public string Name { get; }

    /// <summary>The order token of the name (see <see cref="NameTable"/>); TLC orders model values by it.</summary>
    public int Token { get; }

    /// <summary>The type character of a typed model value, or <c>'\0'</c> when untyped.</summary>
    public char TypeTag { get; }

    public bool IsTyped => TypeTag != '\0';

    /// <summary>The unique model value with this name.</summary>
    public static ModelValue Of(string name)
    {
        if (Interned.TryGetValue(name, out ModelValue? existing))
        {
            return existing;
        }
        return Interned.GetOrAdd(name, static n => new ModelValue(n, NameTable.Intern(n)));
    }

    private protected override long ComputeFingerprint()
    {
        var hasher = new FingerprintHasher();
        hasher.Add((long)ValueKind.ModelValue);
        hasher.Add(Name);
        return hasher.Finish();
    }
}
