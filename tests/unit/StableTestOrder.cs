using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace GraphSpec.UnitTests;

/// <summary>
/// Runs test classes and the tests within them in name order. xunit's default order derives from
/// hashes that include the assembly's path, so a fresh clone elsewhere would run tests in another
/// order; and the order matters while names are interned process-wide (TLC's first-seen order of
/// strings and model values decides how sets print). A fixed order makes every checkout run the
/// same sequence.
/// </summary>
public sealed class StableTestOrder : ITestCollectionOrderer, ITestCaseOrderer
{
    public const string TypeName = "GraphSpec.UnitTests.StableTestOrder";
    public const string AssemblyName = "GraphSpec.UnitTests";

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => c.DisplayName, StringComparer.Ordinal);

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases)
        where TTestCase : ITestCase =>
        testCases.OrderBy(t => t.DisplayName, StringComparer.Ordinal);
}
