using Xunit;

// Strings, record fields and model values are ordered the way TLC orders them: by when the
// process first met each name (a process-wide table). Tests that print values therefore depend on
// which names earlier tests interned; running them one at a time makes that order the same on
// every run. Remove this once name order is scoped per loaded model.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

// ... and in the same sequence in every checkout (StableTestOrder).
[assembly: TestCollectionOrderer(GraphSpec.UnitTests.StableTestOrder.TypeName, GraphSpec.UnitTests.StableTestOrder.AssemblyName)]
[assembly: TestCaseOrderer(GraphSpec.UnitTests.StableTestOrder.TypeName, GraphSpec.UnitTests.StableTestOrder.AssemblyName)]
