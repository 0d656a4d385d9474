// The tests here count process-wide messaging metrics (duplicates ignored): run them one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
