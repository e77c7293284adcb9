using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Tla.Config;

/// <summary>
/// Turns a cfg value into an engine value, as TLC does: numbers are integers, bare names are model
/// values (<c>p1</c>, and <c>None</c> in <c>None = None</c>), sets are finite sets.
/// </summary>
public static class ConfigValueConverter
{
    public static Value ToValue(ConfigValue value) => value switch
    {
        ConfigInteger integer => IntValue.Of(integer.Value),
        ConfigString text => StringValue.Of(text.Value),
        ConfigBoolean boolean => BoolValue.Of(boolean.Value),
        ConfigModelValue model => ModelValue.Of(model.Name),
        ConfigSet set => FiniteSetValue.FromUnsorted(set.Elements.Select(ToValue)),
        _ => throw new ArgumentException($"unknown cfg value {value.GetType().Name}", nameof(value)),
    };
}
