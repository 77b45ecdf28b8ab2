using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;

namespace Dre.Bot.Bench;

/// <summary>The baseline: the smallest Bot Framework bot on the same SDK, an echo behind a CloudAdapter, no store.</summary>
internal static class EchoServer
{
    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<IBot, Echo>();
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp => new CloudAdapter(
            new ConfigurationBotFrameworkAuthentication(sp.GetRequiredService<IConfiguration>()),
            sp.GetRequiredService<ILogger<CloudAdapter>>()));
        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Ok());
        app.MapPost("/api/messages", (HttpContext context, IBotFrameworkHttpAdapter adapter, IBot bot) =>
            adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted));
        await app.RunAsync();
    }

    private sealed class Echo : ActivityHandler
    {
        protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
            turnContext.SendActivityAsync(MessageFactory.Text("echo: " + turnContext.Activity.Text), cancellationToken);
    }
}
