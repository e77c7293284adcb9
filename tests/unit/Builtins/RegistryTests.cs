using GraphSpec.Oracle.Tla.Builtins;
using GraphSpec.Oracle.Tla.Syntax;
using Xunit;

namespace GraphSpec.UnitTests.Builtins;

public class RegistryTests
{
    [Theory]
    [InlineData("", "=", 2)]
    [InlineData("", "/=", 2)]
    [InlineData("", "\\in", 2)]
    [InlineData("", "\\notin", 2)]
    [InlineData("", "\\cup", 2)]
    [InlineData("", "\\cap", 2)]
    [InlineData("", "\\", 2)]
    [InlineData("", "\\subseteq", 2)]
    [InlineData("", "SUBSET", 1)]
    [InlineData("", "UNION", 1)]
    [InlineData("", "DOMAIN", 1)]
    [InlineData("Naturals", "+", 2)]
    [InlineData("Naturals", "-", 2)]
    [InlineData("Naturals", "\\div", 2)]
    [InlineData("Naturals", "..", 2)]
    [InlineData("Naturals", "Nat", 0)]
    [InlineData("Integers", "Int", 0)]
    [InlineData("Integers", "-.", 1)]
    [InlineData("Sequences", "Seq", 1)]
    [InlineData("Sequences", "SubSeq", 3)]
    [InlineData("Sequences", "\\o", 2)]
    [InlineData("Sequences", "SelectSeq", 2)]
    [InlineData("FiniteSets", "Cardinality", 1)]
    [InlineData("FiniteSets", "IsFiniteSet", 1)]
    [InlineData("TLC", ":>", 2)]
    [InlineData("TLC", "@@", 2)]
    [InlineData("TLC", "Print", 2)]
    [InlineData("TLC", "PrintT", 1)]
    [InlineData("TLC", "Assert", 2)]
    [InlineData("TLC", "ToString", 1)]
    [InlineData("TLC", "Permutations", 1)]
    [InlineData("TLC", "SortSeq", 2)]
    [InlineData("TLC", "TLCGet", 1)]
    [InlineData("TLC", "JavaTime", 0)]
    public void Module_defines_operator_with_arity(string module, string name, int arity)
    {
        Assert.True(BuiltinRegistry.TryGetOperator(module, name, out BuiltinOperator op));
        Assert.Equal(arity, op.Arity);
        Assert.Equal(name, op.Name);
        Assert.Equal(module, op.Module);
    }

    [Fact]
    public void Integers_sees_the_operators_of_Naturals_through_extends()
    {
        Assert.Equal(new[] { "Naturals" }, BuiltinRegistry.GetExtends("Integers").ToArray());
        Assert.False(BuiltinRegistry.TryGetOperator("Integers", "+", out _));
        Assert.True(BuiltinRegistry.TryResolve("Integers", "+", out BuiltinOperator plus));
        Assert.Equal("Naturals", plus.Module);
    }

    [Theory]
    [InlineData("Sequences", "+")]
    [InlineData("FiniteSets", "+")]
    [InlineData("FiniteSets", "Len")]
    [InlineData("TLC", "Len")]
    [InlineData("TLC", "+")]
    [InlineData("Naturals", "Int")]
    [InlineData("Naturals", "-.")]
    public void Local_instances_are_not_exported(string module, string name) =>
        Assert.False(BuiltinRegistry.TryResolve(module, name, out _));

    [Theory]
    [InlineData("Naturals")]
    [InlineData("Sequences")]
    [InlineData("FiniteSets")]
    [InlineData("TLC")]
    public void Modules_built_on_local_instances_extend_nothing(string module) =>
        Assert.Empty(BuiltinRegistry.GetExtends(module));

    [Fact]
    public void Unknown_module_has_no_operators()
    {
        Assert.False(BuiltinRegistry.TryGetModule("Reals", out _));
        Assert.False(BuiltinRegistry.IsStandardModule("Spec"));
        Assert.False(BuiltinRegistry.TryResolve("Spec", "+", out _));
        Assert.Empty(BuiltinRegistry.GetExtends("Spec"));
    }

    [Fact]
    public void Core_module_is_not_a_standard_module_name()
    {
        Assert.False(BuiltinRegistry.IsStandardModule(""));
        Assert.True(BuiltinRegistry.IsStandardModule("TLC"));
        Assert.Same(BuiltinRegistry.Core, BuiltinRegistry.Modules.Single(m => m.Name.Length == 0));
    }

    [Theory]
    [InlineData("\\leq")]
    [InlineData("=<")]
    [InlineData("\\geq")]
    [InlineData("#")]
    [InlineData("\\union")]
    [InlineData("\\intersect")]
    [InlineData("\\circ")]
    public void Synonyms_resolve_through_their_canonical_spelling(string written)
    {
        string canonical = OperatorSymbols.Canonical(written);
        bool found = false;
        foreach (string module in new[] { "", "Naturals", "Sequences" })
        {
            found |= BuiltinRegistry.TryResolve(module, canonical, out _);
        }
        Assert.True(found, $"{written} (canonical {canonical}) is not defined");
    }

    [Fact]
    public void Prefix_minus_uses_the_canonical_negate_symbol() =>
        Assert.True(BuiltinRegistry.TryGetOperator("Integers", OperatorSymbols.Negate, out _));

    [Fact]
    public void Nat_and_Int_are_constants()
    {
        BuiltinOperator nat = Tla.Resolve("Naturals", "Nat");
        Assert.Equal(BuiltinOperatorKind.Constant, nat.Kind);
        Assert.Equal("Nat", nat.Constant!.ToString());
        Assert.Equal("Int", Tla.Resolve("Integers", "Int").Constant!.ToString());
    }

    [Fact]
    public void Higher_order_operators_declare_their_operator_parameters()
    {
        Assert.Equal(new[] { 0, 1 }, Tla.Resolve("Sequences", "SelectSeq").ParameterArities.ToArray());
        Assert.Equal(new[] { 0, 2 }, Tla.Resolve("TLC", "SortSeq").ParameterArities.ToArray());
        Assert.Throws<InvalidOperationException>(
            () => Tla.Resolve("TLC", "SortSeq").Invoke([], new BuiltinContext(TextWriter.Null)));
    }

    [Fact]
    public void Every_operator_is_listed_once_per_module()
    {
        foreach (BuiltinModule module in BuiltinRegistry.Modules)
        {
            Assert.Equal(module.Operators.Length, module.Operators.Select(o => o.Name).Distinct().Count());
            foreach (BuiltinOperator op in module.Operators)
            {
                Assert.Equal(module.Name, op.Module);
            }
        }
    }
}
