using Dre.Core.Contacts;
using Dre.Core.Identity;

namespace Dre.Bot.Briefings;

/// <summary>One person a briefing goes to: their Entra object id, name, and address when the contact lists one.</summary>
public sealed record BriefedPerson(string UserId, string Name, string? Email);

/// <summary>
/// Who is briefed on a contact: its loggers (stored by object id), then its CoE participants whose e-mail the directory
/// resolves to an object id. Each person once, by object id: a logger also listed as a participant is one person, with
/// that address.
/// </summary>
public static class BriefedPeople
{
    public static async Task<IReadOnlyList<BriefedPerson>> OfAsync(Contact contact, IUserDirectory directory, CancellationToken cancellationToken)
    {
        var people = contact.Loggers.DistinctBy(l => l.UserId, StringComparer.OrdinalIgnoreCase).Select(l => new BriefedPerson(l.UserId, l.Name, null)).ToList();
        foreach (var participant in contact.CoeParticipants.Where(p => p.Email is { Length: > 0 }).DistinctBy(p => p.Email, StringComparer.OrdinalIgnoreCase))
        {
            if (await directory.ObjectIdOfAsync(participant.Email!, cancellationToken) is not { } id)
            {
                continue;
            }

            var known = people.FindIndex(p => string.Equals(p.UserId, id, StringComparison.OrdinalIgnoreCase));
            if (known < 0)
            {
                people.Add(new BriefedPerson(id, participant.Name, participant.Email));
            }
            else if (people[known].Email is null)
            {
                people[known] = people[known] with { Email = participant.Email };
            }
        }

        return people;
    }
}
