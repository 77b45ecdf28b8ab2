using System.Globalization;
using Dre.Core.Contacts;
using Dre.Core.Partners;

namespace Dre.Store.Bench;

/// <summary>
/// A made-up but plausible history: contacts spread evenly over 50 ISO weeks (so 100,000 contacts put about 2,000 in a
/// week), the last few weeks still ahead (planned contacts), partners drawn with a long tail (a few partners get most
/// contacts), one contact in five with a second partner, one in ten with a follow-up that stays open while recent.
/// Seeded: two runs load the same history.
/// </summary>
internal sealed class SyntheticHistory
{
    public const int Weeks = 50;
    public const int PartnerCount = 200;
    private const int WeeksAhead = 4;
    private static readonly ContactKind[] Kinds = [ContactKind.Meeting, ContactKind.Call, ContactKind.Videoconference, ContactKind.Email, ContactKind.Visit];
    private static readonly string[] Topics = ["Democracy", "Rule of law", "Human rights", "Co-operation programmes", "Elections", "Budget"];

    private SyntheticHistory(IReadOnlyList<Partner> addedPartners, IReadOnlyList<string> partnersByShare, IReadOnlyList<Contact> contacts, DateTimeOffset firstMonday)
    {
        AddedPartners = addedPartners;
        PartnersByShare = partnersByShare;
        Contacts = contacts;
        FirstMonday = firstMonday;
    }

    /// <summary>The partners added to the seed's to make up <see cref="PartnerCount"/>.</summary>
    public IReadOnlyList<Partner> AddedPartners { get; }

    /// <summary>Partner ids from the one with the largest share of contacts to the one with the smallest.</summary>
    public IReadOnlyList<string> PartnersByShare { get; }

    /// <summary>In random order, so that any prefix is itself spread over every week and partner.</summary>
    public IReadOnlyList<Contact> Contacts { get; }

    public DateTimeOffset FirstMonday { get; }

    public string BusiestPartner => PartnersByShare[0];

    public string MedianPartner => PartnersByShare[PartnersByShare.Count / 2];

    /// <summary>A whole week in the past: [Monday, next Monday).</summary>
    public (DateTimeOffset From, DateTimeOffset To) PastWeek => (FirstMonday.AddDays(7 * 10), FirstMonday.AddDays(7 * 11));

    public static SyntheticHistory Create(int contactCount, IReadOnlyList<Partner> seed, DateTimeOffset now)
    {
        var random = new Random(20_261_127);
        var added = Enumerable.Range(1, PartnerCount - seed.Count).Select(SyntheticPartner).ToList();
        var partners = seed.Select(p => p.Id).Concat(added.Select(p => p.Id)).ToList();

        // Zipf-like shares (weight 1/√rank): the first partner gets about 3.7 % of contacts, the median one about 0.4 %.
        var cumulative = new double[partners.Count];
        var total = 0.0;
        for (var rank = 0; rank < partners.Count; rank++)
        {
            total += 1 / Math.Sqrt(rank + 1);
            cumulative[rank] = total;
        }

        string DrawPartner()
        {
            var index = Array.BinarySearch(cumulative, random.NextDouble() * total);
            return partners[Math.Min(index < 0 ? ~index : index, partners.Count - 1)];
        }

        var thisMonday = ISOWeek.ToDateTime(ISOWeek.GetYear(now.UtcDateTime), ISOWeek.GetWeekOfYear(now.UtcDateTime), DayOfWeek.Monday);
        var firstMonday = new DateTimeOffset(thisMonday, TimeSpan.Zero).AddDays(-7 * (Weeks - WeeksAhead));
        var minutes = Weeks * 7 * 24 * 60;
        var contacts = new Contact[contactCount];
        for (var i = 0; i < contactCount; i++)
        {
            var start = firstMonday.AddMinutes(random.Next(minutes));
            var first = DrawPartner();
            var second = random.Next(5) == 0 ? DrawPartner() : first;
            var logger = random.Next(50);
            var followUps = random.Next(10) == 0
                ? [new FollowUp
                {
                    Id = random.Next().ToString("x8", CultureInfo.InvariantCulture),
                    Text = "Send the draft joint statement and the list of participants.",
                    Owner = $"staff{logger}@coe.int",
                    OwnerName = $"Staff member {logger}",
                    Due = DateOnly.FromDateTime(start.AddDays(14).UtcDateTime),
                    Done = start < now.AddDays(-56) && random.Next(20) != 0,
                }]
                : Array.Empty<FollowUp>();
            contacts[i] = new Contact
            {
                Id = "c" + Guid.CreateVersion7(start).ToString("N"),
                Kind = Kinds[random.Next(Kinds.Length)],
                Start = start,
                End = start.AddHours(1),
                PartnerIds = first == second ? [first] : [first, second],
                CoeParticipants = [new CoeParticipant($"Staff member {logger}", $"staff{logger}@coe.int", "DRE")],
                PartnerParticipants = [new PartnerParticipant("Head of unit", null, first)],
                Subject = $"Exchange of views with {first} on item {i % 97}",
                Summary = "Both sides reviewed the state of co-operation and agreed on the next steps for the joint programme, " +
                    "with a follow-up meeting at senior official level before the end of the semester.",
                Topics = [Topics[random.Next(Topics.Length)]],
                FollowUps = followUps,
                Confidentiality = random.Next(33) == 0 ? Confidentiality.Restricted : Confidentiality.Internal,
                Source = ContactSource.Import,
                Loggers = [new LoggedBy($"staff{logger}@coe.int", $"Staff member {logger}", start)],
            };
        }

        return new SyntheticHistory(added, partners, contacts, firstMonday);
    }

    private static Partner SyntheticPartner(int n) => new()
    {
        Id = $"synthetic-partner-{n:D3}",
        Kind = PartnerKind.Organisation,
        Portfolio = Portfolio.OtherOrganisations,
        Name = new LocalizedText($"Synthetic partner {n}", $"Partenaire fictif {n}"),
    };
}
