using Azure.Monitor.OpenTelemetry.AspNetCore;
using Dre.Core.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Dre.Service.Hosting;

public static class TelemetryExtensions
{
    /// <summary>
    /// Logs, traces and metrics through OpenTelemetry: to Application Insights when its connection string is set, to the
    /// console when Telemetry:Console is on (Development), and nowhere otherwise — no exporter reaches out unasked.
    /// </summary>
    public static WebApplicationBuilder AddDreTelemetry(this WebApplicationBuilder builder)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddMeter(DreMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation())
            .WithTracing(tracing => tracing
                .AddSource(DreMetrics.MeterName)
                .AddAspNetCoreInstrumentation(o => o.Filter = context => context.Request.Path != "/healthz")
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]))
        {
            telemetry.UseAzureMonitor();
        }

        if (builder.Configuration.GetValue<bool>("Telemetry:Console"))
        {
            telemetry.WithMetrics(metrics => metrics.AddConsoleExporter((_, reader) => reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = 60_000));
        }

        return builder;
    }
}
