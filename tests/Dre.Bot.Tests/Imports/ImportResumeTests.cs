using System.Net;
using Azure;
using Azure.Data.Tables;
using Dre.Core.Imports;
using Dre.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Dre.Bot.Tests.Imports.ImportRequests;

namespace Dre.Bot.Tests.Imports;

/// <summary>A job whose worker died half-way is finished by another instance's worker, and no row is imported twice.</summary>
public sealed class ImportResumeTests
{
    private const int Rows = 60;

    [Fact]
    public async Task AJobLeftHalfDone_IsFinishedByANewWorker_WithoutDuplicates()
    {
        var settings = DreApiFactory.BaseSettings();
        var prefix = settings["Storage:TablePrefix"];
        var marker = Marker();
        Uri location;
        await using (var crashed = new DreApiFactory(new Dictionary<string, string?>
        {
            ["Storage:TablePrefix"] = prefix,
            ["Imports:Worker"] = "false",
            ["Imports:CheckpointRows"] = "5",
            ["Imports:Parallelism"] = "2",
        }))
        {
            var officer = await crashed.ClientForAsync("anne.dupont@coe.int", "officer");
            var accepted = await PostAsync(officer, Calls(marker, Rows, "Japan"));
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
            location = accepted.Headers.Location!;
            // The Location is relative (/api/imports/{id}), as the API answers it.
            var jobId = location.OriginalString.Split('/')[^1];

            // The worker of this instance runs the job and dies after its second checkpoint, in the middle of the next rows.
            using var death = new CancellationTokenSource();
            var run = crashed.Services.GetRequiredService<ImportRunner>().TryRunAsync(jobId, death.Token);
            var jobs = crashed.Services.GetRequiredService<ImportJobStore>();
            while ((await jobs.GetAsync(jobId))!.Done < 10)
            {
                Assert.False(run.IsCompleted, "The run ended before it could be stopped half-way.");
                await Task.Delay(5);
            }

            await death.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
            var halfDone = (await jobs.GetAsync(jobId))!;
            Assert.Equal(ImportState.Running, halfDone.State);
            Assert.InRange(halfDone.Done, 10, Rows - 1);

            // Its lease has run out: time has passed since it died.
            await jobs.Table.UpdateEntityAsync(new TableEntity(jobId, ImportJobStore.ClaimRow) { ["LeaseUntil"] = TestClock.Now.AddDays(-1) }, ETag.All, TableUpdateMode.Merge);
        }

        await using var restarted = new DreApiFactory(new Dictionary<string, string?> { ["Storage:TablePrefix"] = prefix, ["Imports:PollInterval"] = "00:00:01" });
        var again = await restarted.ClientForAsync("anne.dupont@coe.int", "officer");
        var report = await CompletedAsync(again, location);

        Assert.Equal((Rows, Rows, 0, 0), (Count(report, "read"), Count(report, "imported"), Count(report, "merged"), Count(report, "rejected")));
        Assert.Equal(Rows, await StoredAsync(again, "japan", marker));
    }

    [Fact]
    public async Task TwoInstancesUp_RunAJobOnce()
    {
        var prefix = DreApiFactory.BaseSettings()["Storage:TablePrefix"];
        var settings = new Dictionary<string, string?> { ["Storage:TablePrefix"] = prefix, ["Imports:PollInterval"] = "00:00:01", ["Imports:CheckpointRows"] = "5" };
        await using var first = new DreApiFactory(settings);
        await using var second = new DreApiFactory(settings);
        var one = await first.ClientForAsync("anne.dupont@coe.int", "officer");
        var two = await second.ClientForAsync("anne.dupont@coe.int", "officer");
        var marker = Marker();

        var location = (await PostAsync(one, Calls(marker, Rows, "Chile"))).Headers.Location!;
        var report = await CompletedAsync(two, location);

        Assert.Equal((Rows, 0), (Count(report, "imported"), Count(report, "merged")));
        Assert.Equal(Rows, await StoredAsync(one, "chile", marker));
    }
}
