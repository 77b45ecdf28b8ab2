using Dre.Service.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace Dre.Bot.Tests.Hosting;

/// <summary>
/// Starts the composed service on the test's own thread and returns why it refused to start. A WebApplicationFactory
/// runs <c>Program</c> on a thread of its own, which disposes a host that failed to start while the factory may still be
/// reading it: the test then saw an ObjectDisposedException instead of the setting's name, now and then in a full run.
/// </summary>
public static class ServiceStart
{
    public static async Task<Exception> FailureAsync(IDictionary<string, string?> settings, string environment = "Production")
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ApplicationName = typeof(Program).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var all = DreApiFactory.BaseSettings();
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(all);

        var error = await Record.ExceptionAsync(async () =>
        {
            builder.AddDreService();
            await using var app = builder.Build();
            app.MapDreService();
            await app.StartAsync();
            await app.StopAsync();
        });
        return Assert.IsAssignableFrom<Exception>(error);
    }
}
