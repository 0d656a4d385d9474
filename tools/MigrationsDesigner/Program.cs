using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;
using Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal;

// dotnet run --project tools/MigrationsDesigner -- <service> <MigrationName>
// Writes the migration and the updated model snapshot into the service's Infrastructure/Migrations.
var services = new Dictionary<string, (Func<DbContext> Create, string Folder, string RootNamespace)>
{
    ["registry"] = (() => new PiedmontSystem.ClusterRegistry.Infrastructure.DesignTimeDbContextFactory().CreateDbContext([]), "services/ClusterRegistry", "PiedmontSystem.ClusterRegistry"),
    ["funding"] = (() => new PiedmontSystem.FundingCalls.Infrastructure.DesignTimeDbContextFactory().CreateDbContext([]), "services/FundingCalls", "PiedmontSystem.FundingCalls"),
    ["accelerator"] = (() => new PiedmontSystem.Accelerator.Infrastructure.DesignTimeDbContextFactory().CreateDbContext([]), "services/Accelerator", "PiedmontSystem.Accelerator"),
    ["internationalisation"] = (() => new PiedmontSystem.Internationalisation.Infrastructure.DesignTimeDbContextFactory().CreateDbContext([]), "services/Internationalisation", "PiedmontSystem.Internationalisation"),
};

if (args.Length != 2 || !services.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: MigrationsDesigner <{string.Join('|', services.Keys)}> <MigrationName>");
    return 2;
}

using var db = target.Create();
var designServices = new ServiceCollection()
    .AddEntityFrameworkDesignTimeServices()
    .AddDbContextDesignTimeServices(db);
new NpgsqlDesignTimeServices().ConfigureDesignTimeServices(designServices);
using var provider = designServices.BuildServiceProvider();

var scaffolder = provider.GetRequiredService<IMigrationsScaffolder>();
var migration = scaffolder.ScaffoldMigration(args[1], target.RootNamespace, "Infrastructure.Migrations", "C#");
var repositoryRoot = FindRepositoryRoot();
var files = scaffolder.Save(Path.Combine(repositoryRoot, target.Folder), migration, Path.Combine(repositoryRoot, target.Folder, "Infrastructure", "Migrations"));
Console.WriteLine($"Wrote {files.MigrationFile}\n      {files.MetadataFile}\n      {files.SnapshotFile}");
return 0;

static string FindRepositoryRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PiedmontSystem.sln")))
    {
        directory = directory.Parent;
    }
    return directory?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
}
