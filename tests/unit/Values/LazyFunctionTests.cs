using GraphSpec.Oracle.Tla.Values;
using Xunit;
using static GraphSpec.UnitTests.Values.V;

namespace GraphSpec.UnitTests.Values;

public class LazyFunctionTests
{
    // fact[n \in Nat] == IF n = 0 THEN 1 ELSE n * fact[n - 1]
    private static LazyFunctionValue Factorial()
    {
        LazyFunctionValue? fact = null;
        fact = new LazyFunctionValue(
            NaturalsSetValue.Instance,
            n => ((IntValue)n).Sign == 0
                ? I(1)
                : IntArithmetic.Multiply((IntValue)n, (IntValue)fact!.Apply(IntArithmetic.Subtract((IntValue)n, I(1)))),
            "[n \\in Nat |-> IF n = 0 THEN 1 ELSE n * fact[n - 1]]");
        return fact;
    }

    [Fact]
    public void Recursive_function_over_Nat_applies_lazily()
    {
        LazyFunctionValue fact = Factorial();
        Assert.Equal<Value>(I(120), fact.Apply(I(5)));
        Assert.Equal("2432902008176640000", FunctionOperations.Apply(fact, I(20)).ToString());
        Assert.Equal("51090942171709440000", fact.Apply(I(21)).ToString());
        Assert.Same(NaturalsSetValue.Instance, FunctionOperations.Domain(fact));
    }

    [Fact]
    public void Applying_outside_an_infinite_domain_is_an_error()
    {
        var error = Assert.Throws<EvaluationException>(() => Factorial().Apply(I(-1)));
        Assert.Equal(
            "Attempted to apply function:\n[n \\in Nat |-> IF n = 0 THEN 1 ELSE n * fact[n - 1]]\nto argument -1, which is not in the domain of the function.",
            error.Message);
    }

    [Fact]
    public void Lazy_function_over_finite_domain_equals_its_table()
    {
        var squares = new LazyFunctionValue(IntervalValue.Of(1, 3), x => IntArithmetic.Multiply((IntValue)x, (IntValue)x));
        Assert.Equal<Value>(Tuple(I(1), I(4), I(9)), squares);
        Assert.True(ValueEquality.TlaEquals(squares, Tuple(I(1), I(4), I(9))));
        Assert.Equal(Tuple(I(1), I(4), I(9)).Fingerprint(), squares.Fingerprint());
        Assert.Equal("<<1, 4, 9>>", squares.ToString());
        Assert.True(FunctionSetValue.Of(IntervalValue.Of(1, 3), NaturalsSetValue.Instance).Contains(squares));
    }

    [Fact]
    public void Body_is_evaluated_once_per_argument()
    {
        int calls = 0;
        var counted = new LazyFunctionValue(IntervalValue.Of(1, 2), x =>
        {
            calls++;
            return x;
        });
        counted.Apply(I(1));
        counted.Apply(I(1));
        counted.Materialize();
        Assert.Equal(2, calls);
    }

    [Fact]
    public void Comparing_a_lazy_function_over_an_infinite_domain_is_an_error() =>
        Assert.Throws<EvaluationException>(() => Factorial().Fingerprint());

    [Fact]
    public void Except_path_lookup_through_a_lazy_function_does_not_materialize()
    {
        var table = new LazyFunctionValue(NaturalsSetValue.Instance, n => Tuple(n));
        Assert.True(FunctionOperations.TryGetAtPath(table, [I(7), I(1)], out Value value));
        Assert.Equal<Value>(I(7), value);
        Assert.False(FunctionOperations.TryGetAtPath(table, [I(-7)], out _));
    }
}
