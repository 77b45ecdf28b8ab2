using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Dre.Bot.Tests.Teams;

/// <summary>A stand-in for the conversation logic: answers "echo: {text}", and fails on "boom".</summary>
public sealed class EchoBot : ActivityHandler
{
    public const string FailingText = "boom";

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Text == FailingText)
        {
            throw new InvalidOperationException("The echo bot was asked to fail.");
        }

        await turnContext.SendActivityAsync(MessageFactory.Text("echo: " + turnContext.Activity.Text), cancellationToken);
    }
}
