"""Story grouping on the folders people have: one-offs stay alone, non-news joins nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brief import BuildOptions, build, render
from brief.load import load_folder
from brief.stories import group_documents, looks_like_news

# Ten different events, several of one kind (two fires, two trials, two storms, two
# elections): the words of a kind are shared, the places, people and facts are not.
UNRELATED = {
    "fire-lyon.txt": "Warehouse fire in Lyon\n\nA fire destroyed a furniture warehouse in"
    " the eastern suburbs of Lyon on Monday night. Firefighters from six stations fought the"
    " blaze for five hours before bringing it under control. Nobody was hurt, the prefecture"
    " said, but smoke forced the closure of the A43 motorway until dawn.",
    "fire-oslo.txt": "Blaze at Oslo ferry terminal\n\nFlames tore through the roof of the old"
    " ferry terminal in Oslo harbour early on Sunday. The fire service said two workers were"
    " treated for smoke inhalation. Ferries to Kiel were delayed by three hours while divers"
    " checked the quay for damage.",
    "trial-madrid.txt": "Former mayor goes on trial in Madrid\n\nThe former mayor of Alcorcon"
    " went on trial in Madrid on Tuesday, accused of taking bribes from a paving contractor."
    " Prosecutors are asking for eight years in prison. The defence says the payments were"
    " loans between friends and will call twelve witnesses.",
    "trial-nairobi.txt": "Nairobi court hears poaching case\n\nThree men accused of smuggling"
    " 400 kilograms of ivory appeared before a Nairobi magistrate on Wednesday. The Kenya"
    " Wildlife Service told the court the tusks came from at least 40 elephants. The"
    " magistrate refused bail and set the hearing for March.",
    "storm-manila.txt": "Typhoon floods Manila suburbs\n\nTyphoon Kammuri flooded low-lying"
    " districts of Manila on Thursday, forcing 80,000 people into evacuation centres. The"
    " airport suspended all flights for twelve hours. Rainfall in Quezon City reached 300"
    " millimetres in a single day, the weather bureau said.",
    "storm-texas.txt": "Tornado strikes Texas town\n\nA tornado ripped through the town of"
    " Jarrell in central Texas on Friday afternoon, flattening a school gymnasium and dozens"
    " of homes. Sheriff Mike Hall said four people were injured. Power company crews were"
    " restoring lines to 6,000 customers.",
    "vote-chile.txt": "Chile votes on new constitution\n\nChileans voted on Sunday on a draft"
    " constitution written by an elected assembly. Early counts showed the rejection"
    " campaign ahead in Santiago and in the mining north. Turnout was high because voting"
    " was compulsory for the first time in ten years.",
    "vote-iceland.txt": "Iceland's Greens win seats\n\nThe Left-Green Movement gained four seats"
    " in Iceland's parliamentary election, final results published in Reykjavik showed on"
    " Monday. Prime Minister Katrin Jakobsdottir said she would talk to every party about a"
    " coalition. Fishing quotas dominated the campaign.",
    "science-comet.txt": "Astronomers spot new comet\n\nAstronomers at the Zwicky Transient"
    " Facility in California have found a comet that will pass within 40 million kilometres"
    " of Earth next spring. It may be visible with binoculars in April. The comet's orbit"
    " suggests it last came near the Sun 50,000 years ago.",
    "sport-rowing.txt": "Cambridge wins Boat Race\n\nCambridge beat Oxford by three lengths in"
    " the Boat Race on the Thames on Saturday. The crew led from the first bend at Putney and"
    " never gave up the lead. It was the university's fifth win in seven years.",
}


def files_of(briefing) -> list[list[str]]:
    by_id = {d.id: d.path.name for d in briefing.sources}
    return [sorted(by_id[i] for i in s.sources) for s in briefing.stories + briefing.also]


def test_ten_unrelated_articles_are_ten_stories(make_folder):
    briefing = build(make_folder(UNRELATED), BuildOptions())
    assert sorted(files_of(briefing)) == sorted([name] for name in UNRELATED)
    # No story claims more than its one source.
    assert all(s.reports == 1 for s in briefing.stories + briefing.also)


BAKE_OFF = (
    "Retired teacher wins national pumpkin pie contest\n\n"
    "A retired teacher from Vermont won the national pumpkin pie championship in Chicago on"
    " Saturday, beating 300 bakers. Judges praised the crust of Margaret Ellison's pie and its"
    " filling of roasted squash and maple syrup. Ellison, 71, said she had baked the recipe for"
    " her family every autumn for fifty years. The prize is 10,000 dollars and a trip to Paris."
)
BAKE_OFF_2 = (
    "Vermont grandmother takes pie crown\n\n"
    "Margaret Ellison, a 71-year-old retired teacher from Vermont, took the national pumpkin"
    " pie championship in Chicago on Saturday. The judges singled out her crust and a filling"
    " of roasted squash sweetened with maple syrup. Some 300 bakers entered. Ellison wins"
    " 10,000 dollars and a trip to Paris, organisers said."
)
RECIPE = """<!doctype html><html><head><title>Classic pumpkin pie | Kitchen Notes</title></head>
<body><nav><a href="/">Home</a> <a href="/recipes">Recipes</a></nav><article>
<h1>Classic pumpkin pie</h1>
<p>This pumpkin pie, with roasted squash and maple syrup, is the one our family bakes every
autumn, and it won a ribbon at the national pie championship.</p>
<h2>Ingredients</h2><ul><li>2 cups roasted squash puree</li><li>3/4 cup maple syrup</li>
<li>2 large eggs</li><li>1 unbaked pie crust</li></ul>
<h2>Method</h2><ol>
<li>Preheat the oven to 425°F and place a rack in the lower third.</li>
<li>Whisk the squash, maple syrup and eggs in a large bowl until smooth.</li>
<li>Pour the filling into the crust and bake for 15 minutes.</li>
<li>Lower the heat to 350°F and bake 40 minutes more until the centre is set.</li></ol>
</article></body></html>"""
PRODUCT = """<!doctype html><html><head><title>Maple pie dish, 24 cm | Homeware Shop</title>
</head><body><div class="product"><h1>Maple pie dish, 24 cm</h1>
<p>Our best-selling ceramic pie dish bakes a crisp pumpkin pie crust every time, as the
national pie championship winners know.</p>
<p>Price: $24.99. In stock: ships in 2 days. Free shipping on orders over $50.</p>
<p><button>Add to cart</button> <button>Add to wish list</button></p>
<h2>Customer reviews</h2><p>Baked my squash and maple syrup pie in it for the family, the
crust came out perfectly golden.</p></div></body></html>"""
FORUM = """<!doctype html><html><head><title>Best pie crust? - Baking Forum</title></head>
<body><div class="thread"><h1>Best pie crust for pumpkin pie?</h1>
<div class="post"><p>Posted by crustlover on 12 Nov</p><p>Saw the national pumpkin pie
championship was won with a maple syrup and roasted squash filling. What crust do you use?</p>
</div><div class="post"><p>Posted by bakerjen on 12 Nov</p><p>Reply: all butter, chilled
overnight, every time for my family pie.</p></div><div class="post"><p>Posted by
oldbaker on 13 Nov</p><p>Quote: all butter. Same here, and blind bake it for ten minutes
before the filling goes in.</p></div></div></body></html>"""


def test_recipe_product_and_forum_pages_never_join_a_news_story(make_folder):
    folder = make_folder(
        {
            "news-1.txt": BAKE_OFF,
            "news-2.txt": BAKE_OFF_2,
            "recipe.html": RECIPE,
            "shop.html": PRODUCT,
            "forum.html": FORUM,
        }
    )
    briefing = build(folder, BuildOptions())
    groups = files_of(briefing)
    assert ["news-1.txt", "news-2.txt"] in groups
    for page in ("recipe.html", "shop.html", "forum.html"):
        assert [page] in groups
    assert briefing.stories[0].reports == 2


def test_the_shape_of_a_page_tells_news_from_the_rest(make_folder):
    from brief.load import load_folder

    folder = make_folder(
        {"news.txt": BAKE_OFF, "recipe.html": RECIPE, "shop.html": PRODUCT, "forum.html": FORUM}
    )
    documents, _ = load_folder(folder)
    kinds = {d.path.name: looks_like_news(d) for d in documents}
    assert kinds == {
        "news.txt": True,
        "recipe.html": False,
        "shop.html": False,
        "forum.html": False,
    }


def test_a_pages_kind_is_told_by_the_short_lines_the_cleaner_leaves_out(make_folder):
    # The amounts of a recipe and a shop's buttons are short lines, never paragraphs: a
    # recipe whose method has none of the usual verbs, and a product described in prose.
    from brief.load import load_folder

    stew = (
        "<html><head><title>Beef and ale stew</title></head><body><article>"
        "<h1>Beef and ale stew</h1><p>My nan made this every Sunday, and it is still the"
        " dish my family asks for when the clocks go back in the autumn.</p>"
        "<h3>Ingredients</h3><ul><li>1kg braising steak, cut into chunks</li>"
        "<li>2 tbsp plain flour</li><li>500ml dark ale</li><li>300ml beef stock</li></ul>"
        "<h3>Method</h3><ol><li>Toss the beef in the flour and brown it in batches in a"
        " large pan over a high heat.</li><li>Tip everything into the slow cooker, cover"
        " it and cook on low for eight hours until the beef falls apart.</li></ol>"
        "</article></body></html>"
    )
    flask = (
        "<html><head><title>Trailhead vacuum flask, 750ml</title></head><body>"
        "<h1>Trailhead vacuum flask, 750ml</h1><p>Built for cold mornings on the hill,"
        " the Trailhead keeps your tea hot for up to 24 hours and your water cold for two"
        " days, and its steel body shrugs off knocks on the trail.</p>"
        "<p>£24.99</p><p>In stock</p><p>Add to basket</p></body></html>"
    )
    documents, _ = load_folder(make_folder({"stew.html": stew, "flask.html": flask}))
    assert {d.path.name: looks_like_news(d) for d in documents} == {
        "stew.html": False,
        "flask.html": False,
    }


# A news service's list of the stories it will send its clients, one of them the pie
# contest: it tells of other stories, and none of it is a report of this one.
BUDGET = (
    "The Lakeside Courier will send these stories to its clients on Sunday.\n\n"
    "PIE-CONTEST (Chicago) _ A retired teacher from Vermont wins the national pumpkin pie"
    " championship, beating 300 bakers with a crust the judges praised. By ANNA REED.\n\n"
    "FERRY-STRIKE (Undated) _ Ferry crews walk out over pay as the summer season opens on"
    " the lake, and the company says it will run a reduced timetable with hired boats and"
    " crews from the coast while talks go on. Passengers are told to expect queues at both"
    " piers, and the town council asks the company and the union to meet again before the"
    " holiday weekend. By TOM HALE. Story will move Sunday for the harbour pages.\n"
)
ALMANAC = (
    "Today is Sunday, Oct. 12, the 285th day of 2025. There are 80 days left in the year.\n\n"
    "On this date a century ago, the first national pumpkin pie championship"
    " was held in Chicago, and 40 bakers from nine states entered their pies.\n"
)


def test_a_list_of_stories_and_an_almanac_never_join_a_news_story(make_folder):
    files = {"news-1.txt": BAKE_OFF, "news-2.txt": BAKE_OFF_2, "list.txt": BUDGET}
    briefing = build(make_folder(files | {"today.txt": ALMANAC}), BuildOptions())
    groups = files_of(briefing)
    assert ["news-1.txt", "news-2.txt"] in groups
    assert ["list.txt"] in groups and ["today.txt"] in groups
    assert briefing.stories[0].reports == 2
    # Nor is the almanac's day line a title: it says what day it is, not what happened.
    assert not any(s.title.startswith("Today is") for s in briefing.stories + briefing.also)
    # A dateline with its agency is a report, not a list.
    wire = "OSLO (Reuters) - " + BAKE_OFF.split("\n\n")[1]
    # One item left with the note on where it will be sent is a list too.
    last = BUDGET.split("\n\n")[-1]
    # Another service's shape: the slug, then the place.
    other = (
        "HARBOUR-FERRY _ PORTREE _ Ferry crews walk out over pay as the summer season opens"
        " on the lake. (Hale, Lakeside News Service).\n\n"
        "PIE-CONTEST _ CHICAGO _ A retired teacher from Vermont wins the national pumpkin pie"
        " championship. (Reed, Lakeside News Service).\n"
    )
    # Columns by slug alone, and a note that what follows went to the service's clients.
    columns = (
        "HARBOUR-COLUMN _ I give up. For a year I have fought the council over the pier."
        " (Lakeside Courier). 8.\n\n"
        "PIE-EDITORIAL _ Let the pumpkin pie championship stay in Chicago. (Courier). 5.\n"
    )
    note = (
        "These features are available to clients of the Lakeside News Service today.\n\n"
        "PUMPKIN PIES: THE NATION'S FAVOURITE AUTUMN BAKE _ A retired teacher from Vermont"
        " wins the national pumpkin pie championship, beating 300 bakers.\n"
    )
    files = {"wire.txt": wire, "list.txt": BUDGET, "item.txt": last, "other.txt": other}
    files |= {"columns.txt": columns, "note.txt": note}
    documents, _ = load_folder(make_folder(files))
    assert {d.path.name: looks_like_news(d) for d in documents} == {
        "wire.txt": True,
        "list.txt": False,
        "item.txt": False,
        "other.txt": False,
        "columns.txt": False,
        "note.txt": False,
    }


def test_a_news_service_list_is_left_out_of_the_page_not_listed_as_a_story(make_folder):
    # Its first item's line read as a story of its own under "Also" ("The Lakeside Courier
    # will send …"); the page says what the file is, where it names the files left out.
    files = {"news-1.txt": BAKE_OFF, "news-2.txt": BAKE_OFF_2, "list.txt": BUDGET}
    briefing = build(make_folder(files | {"today.txt": ALMANAC}), BuildOptions())
    for fmt in ("md", "text", "html"):
        out = render(briefing, fmt)
        line = next(x for x in out.splitlines() if "Left out:" in x)
        assert "list.txt" in line and "a news service's list of stories" in line, fmt
        assert "today.txt" in line and "an almanac" in line, fmt
        assert "Also" not in out, fmt
    assert len(briefing.also) == 2  # the JSON still lists every story


TIDE_TABLE = (
    "PORTREE, May 3 (Lakeside News) -- Following are the tide tables for the outer harbour,"
    " the water levels at the north and south quays and the ferry timetable for Friday:\n\n"
    "Harbour: Friday Thursday change\n\n"
    "High water 4.2 4.1 +0.1\n\nLow water 0.8 0.9 -0.1\n\n"
    "The figures above are from the harbour trust.\n"
)
DIGEST = (
    "PORTREE, May 3 (Lakeside News) -- The following are the main news items in the"
    " lake-district papers today.\n\n"
    "The ferry crews will walk out over pay as the summer season opens on the lake.\n\n"
    "A retired teacher from Vermont won the national pumpkin pie championship in Chicago.\n"
)


def test_a_table_of_figures_or_a_digest_is_left_out_with_what_it_is(make_folder):
    files = {"news-1.txt": BAKE_OFF, "news-2.txt": BAKE_OFF_2}
    files |= {"tides.txt": TIDE_TABLE, "digest.txt": DIGEST}
    briefing = build(make_folder(files), BuildOptions())
    assert ["tides.txt"] in files_of(briefing) and ["digest.txt"] in files_of(briefing)
    line = next(x for x in render(briefing, "md").splitlines() if "Left out:" in x)
    assert "tides.txt" in line and "digest.txt" in line
    assert "a list or a table of figures" in line
    # A list announced further into an article, or a transcript, is no such page.
    lessons = BAKE_OFF + "\nFollowing are some lessons the judges drew from the contest.\n"
    transcript = "Following is the text of the mayor's speech at the harbour on Friday.\n\n"
    transcript += BAKE_OFF
    documents, _ = load_folder(make_folder({"a.txt": lessons, "b.txt": transcript}))
    assert all(looks_like_news(d) for d in documents)


ADVICE = (
    "Moths in the Apple Trees\n\n"
    # (A question of 60 words or fewer opening on "Q." is dropped as no prose, as the
    # reference lists' "A. Jones" are: a column's long question stays.)
    "Q. Last spring I planted four young apple trees along the fence at the end of my"
    " garden, and the man at the nursery promised me they would need no spraying at all."
    " This summer half of my apples have small brown tunnels running to the core, and I"
    " have seen pale moths around the branches at dusk. Should I spray now, or wait?\n\n"
    "A. Codling moths lay their eggs on the young fruit in early summer, and the grubs"
    " tunnel in within days, so a spray in autumn does nothing.\n\n"
    "Hang two pheromone traps in each tree in May and pick up every fallen apple weekly.\n"
)


def test_an_advice_column_is_briefed_after_the_news(make_folder):
    # One-off items only: the newest would be summarised first, and a column is newest.
    files = {"a-comet.txt": UNRELATED["science-comet.txt"]}
    files["b-rowing.txt"] = UNRELATED["sport-rowing.txt"]
    files["z-advice.md"] = "---\ndate: 2030-01-02\n---\n\n" + ADVICE
    briefing = build(make_folder(files), BuildOptions(max_stories=1))
    assert files_of(briefing)[0] != ["z-advice.md"]
    assert ["z-advice.md"] in files_of(briefing)  # still briefed, alone
    documents, _ = load_folder(make_folder({"advice.txt": ADVICE}))
    assert not looks_like_news(documents[0])
    # A news explainer's questions are no reader's: "Q: What is the virus?"
    explainer = BAKE_OFF + "\n\nQ: What is the prize?\n\nA: The prize is 10,000 dollars.\n"
    documents, _ = load_folder(make_folder({"explainer.txt": explainer}))
    assert looks_like_news(documents[0])


# A regional paper's morning: every item names its town, and some its council leader,
# as local news does; only the two bridge reports are one event.
REGIONAL = {
    "bridge-courier.txt": "Talbrook footbridge to close after cracks found\n\nTalbrook council"
    " voted on Tuesday to close the Kessing footbridge after engineers found cracks in two of"
    " its stone piers. The bridge carries about 4,000 walkers a day between Talbrook station"
    " and the market square. Council leader Ann Reyes said a temporary crossing would open"
    " within three weeks. Repairs will cost 2.4 million pounds and last until next summer.",
    "bridge-radio.txt": "Cracked Kessing footbridge to shut\n\nThe Kessing footbridge in"
    " Talbrook will shut after inspectors discovered cracks in two piers, councillors decided"
    " on Tuesday. Around 4,000 people cross it every day between the station and the market."
    " A temporary crossing is due within three weeks, council leader Ann Reyes said, and the"
    " 2.4 million pound repair should be finished next summer.",
    "library.txt": "Talbrook library reopens after refit\n\nTalbrook's central library reopens"
    " on Saturday after a six-month refit that added a children's floor and a cafe. Talbrook"
    " readers borrowed 90,000 books last year, the most in the county. The library will open"
    " until eight on weekdays, council leader Ann Reyes said.",
    "football.txt": "Talbrook Town sack manager after derby defeat\n\nTalbrook Town have sacked"
    " manager Colin Marsh after a 4-0 home defeat by their neighbours left the club second from"
    " bottom. Marsh leaves after 20 months in charge at the Talbrook ground. His assistant will"
    " lead the team on Saturday while the club looks for a successor.",
    "obituary.txt": "Former Talbrook mayor dies aged 91\n\nEdith Carrow, who taught generations"
    " of Talbrook children and later served as the town's mayor, has died aged 91. Born in"
    " Talbrook in 1935, she was headteacher of the girls' school for 22 years. Council leader"
    " Ann Reyes called her a force of nature. Her funeral will be held on December 10.",
    "bus.txt": "Talbrook bus route to be withdrawn\n\nThe number 14 bus linking Talbrook's"
    " Hilltop estate with the town centre will run for the last time in January, the operator"
    " said. It carries 350 passengers a day, half as many as before 2020. Hilltop residents"
    " have gathered 1,200 signatures on a petition to keep the Talbrook service.",
    "weather.txt": "Snow warning for Talbrook hills\n\nForecasters issued a yellow warning"
    " for snow and ice on the hills around Talbrook from Saturday evening. Up to ten"
    " centimetres may fall above 400 metres, and untreated roads into Talbrook could be icy"
    " on Sunday morning. The county's 38 gritters will be out from Saturday afternoon.",
    "market.txt": "Talbrook Christmas market opens with 60 stalls\n\nTalbrook's Christmas"
    " market returns to the cathedral square on Friday with 60 stalls, ten more than last"
    " year, and a covered food hall. Organisers expect 400,000 visits over four weeks. Park"
    " and ride buses will run into Talbrook every ten minutes at weekends.",
}


def test_a_regional_papers_stories_are_not_one_story_for_naming_one_town(make_folder):
    briefing = build(make_folder(REGIONAL), BuildOptions())
    expected = [["bridge-courier.txt", "bridge-radio.txt"]] + [
        [name] for name in REGIONAL if not name.startswith("bridge")
    ]
    assert sorted(files_of(briefing)) == sorted(expected)


# A regional site's other pages: they name the same town, its streets and its people as
# the news does, and report nothing.
LISTING = (
    "<html><head><title>What's On in Talbrook</title></head><body><main><h1>What's On in"
    " Talbrook</h1><p>Our pick of events across the district this week, from the footbridge"
    " walk to the market; please check with the venue before you travel.</p><ul>"
    '<li class="event"><span class="date">Sat 28 Nov, 3pm</span><h2>Talbrook Town v'
    " Kessing Rovers</h2><p>League fixture at the Talbrook ground. Adults 8 pounds,"
    " children free.</p></li>"
    '<li class="event"><span class="date">Sat 5 – Sun 6 Dec, 10am–4pm</span><h2>Christmas'
    " market</h2><p>Sixty stalls in the cathedral square and carols on Sunday.</p></li>"
    '<li class="event"><span class="date">Thu 10 Dec, 7pm</span><h2>Author evening</h2>'
    "<p>Ann Reyes at Talbrook library, 5 pounds including mulled wine.</p></li>"
    '<li class="event"><span class="date">Until Sun 3 Jan</span><h2>Pantomime</h2>'
    "<p>At the Talbrook Regent, tickets from 14 pounds.</p></li></ul></main></body></html>"
)
CLASSIFIEDS = (
    "Talbrook Courier classifieds\n\n"
    "OAK DINING TABLE and six chairs, some marks to top, good condition. 150 pounds ono."
    " Buyer collects, Talbrook. Tel 07700 900412.\n\n"
    "LOGS, seasoned hardwood, 95 pounds per load delivered Talbrook and Kessing. Call Trevor"
    " 07700 900237.\n\n"
    "DOG WALKING and pet sitting near the Kessing footbridge, Talbrook. DBS checked."
    " 07700 900466.\n\n"
    "FOUND: set of keys with blue lanyard, Talbrook station car park, Tuesday evening."
    " Call 07700 900131.\n"
)
MENU = (
    "<html><head><title>Menu | The Footbridge Kitchen, Talbrook</title></head><body>"
    "<h1>Our Menu</h1><p>Served Wednesday to Sunday by the Kessing footbridge. Our menu"
    " changes with the market, so please tell us about any allergies before ordering.</p>"
    "<h3>Mains</h3><ul><li>Talbrook crab on toast</li><li>brown crab butter, lemon,"
    " watercress — £12</li><li>Beer-battered hake</li><li>mushy peas, tartare sauce —"
    " £17.50</li><li>Mussels</li><li>cider, leeks, cream — £15 / £21 large</li>"
    "<li>Mushroom pie</li><li>mash, gravy — £15 (V)</li><li>Sticky toffee pudding</li>"
    "<li>clotted cream — £7.50</li></ul></body></html>"
)
JOB = (
    "<html><head><title>Trainee Reporter – Talbrook Courier</title></head><body><main>"
    "<h1>Trainee Reporter</h1><ul><li><b>Location:</b> Talbrook</li><li><b>Salary:</b>"
    " £24,500 per annum</li><li><b>Contract:</b> Permanent, full-time</li><li><b>Closing"
    " date:</b> 18 December</li><li><b>Reference:</b> TC-1142</li></ul><h2>About the"
    " role</h2><p>Do you want to find out what is really going on in Talbrook, from the"
    " council's vote on the footbridge to the market, and tell people about it? The"
    " Talbrook Courier is looking for a trainee reporter to join its newsroom.</p>"
    "<p>You will cover council meetings, courts and community events, and write for our"
    " website and the weekly paper.</p></main></body></html>"
)
GADGETS = (
    "<html><head><title>Top 5 Gadgets to Buy This Christmas</title></head><body>"
    "<h1>Top 5 Gadgets to Buy This Christmas</h1><p>We test every product we recommend."
    " When you buy through links on our site, we may earn an affiliate commission.</p>"
    "<p>1. Smart mug. Keeps your tea at the temperature you set for up to 90 minutes."
    " £89.99 – Check price at ShopZone</p><p>2. Mini projector. Palm-sized projector with"
    " streaming apps built in. £149 – See deal</p><p>3. GPS tag. Clip it to your keys or"
    " your dog's collar. £24.99 – Check price</p></body></html>"
)

# A forum thread written in prose: only its furniture (a member's count of posts, the bar
# under each post) tells it from a report.
_POSTS = (
    (
        "bridge_walker",
        "88",
        "Has anyone heard how long the Kessing footbridge in Talbrook will be shut? I cross it"
        " to the station every morning and the detour by the ring road adds a good fifteen"
        " minutes each way.</p><p>The notice on the railings says nothing about dates, and"
        " the council's phone line just plays a recorded message about bins.",
    ),
    (
        "talbrook_pete",
        "2,315",
        "The council says three weeks for the temporary crossing, but I would not hold your"
        " breath, to be honest. They said the same about the car park lift last year and it"
        " took four months.</p><p>If you cycle, the towpath under the bridge is still open"
        " and it is quicker than the road.",
    ),
    (
        "linda_w",
        "341",
        "We walk round by the market square for now. It adds ten minutes but the pavements"
        " are fine, and the bakery on the corner does a decent coffee if you are passing.",
    ),
)
# (Laid out as forum software writes its pages, a line for each part of a post.)
THREAD = "\n".join(
    f'<div class="post" id="post-{k}">\n  <div class="postauthor"><b>{who}</b><br>Member ·'
    f' Joined Mar 2021 · Posts: {posts}</div>\n  <div class="postdate">Nov 24 at 9:{k}0 PM'
    f'</div>\n  <div class="postbody"><p>{said}</p></div>\n  <div class="postactions">Like ·'
    " Quote · Reply · Report</div>\n</div>"
    for k, (who, posts, said) in enumerate(_POSTS, 1)
)
THREAD = (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Footbridge'
    " closed - Talbrook Forum</title>\n</head>\n<body>\n<h1>Footbridge closed - how"
    f" long?</h1>\n{THREAD}\n</body>\n</html>\n"
)


def test_listings_ads_menus_job_adverts_guides_and_prose_threads_join_no_story(make_folder):
    pages = {"whats-on.html": LISTING, "classifieds.txt": CLASSIFIEDS, "menu.html": MENU}
    pages |= {"job.html": JOB, "gadgets.html": GADGETS, "thread.html": THREAD}
    news = {name: REGIONAL[name] for name in ("bridge-courier.txt", "bridge-radio.txt")}
    documents, _ = load_folder(make_folder(news | pages))
    assert {d.path.name: looks_like_news(d) for d in documents} == {
        name: name in news for name in news | pages
    }
    groups = files_of(build(make_folder(news | pages), BuildOptions()))
    assert ["bridge-courier.txt", "bridge-radio.txt"] in groups
    assert all([page] in groups for page in pages)
    # News with one of each mark is still news: a day and time heading one paragraph, a
    # wire dateline in capitals and a helpline's number, a price after a dash, a salary.
    report = (
        "Sat 28 Nov, 3pm: Talbrook Town v Kessing Rovers kicked off in the rain.\n\n"
        "TALBROOK, Nov 28 (Lakeside News) - Council leader Ann Reyes said the Kessing"
        " footbridge would close, and asked worried walkers to call 0800 123 4567.\n\n"
        "Tickets for the reopening cost little — £5\n\n"
        "Salary: the council's engineers are paid less than the county's, Reyes said.\n\n"
        + REGIONAL["bridge-courier.txt"].split("\n\n", 1)[1]
    )
    documents, _ = load_folder(make_folder({"report.txt": report}))
    assert looks_like_news(documents[0])


# Other pages of a local site, as plain text: a diner's menu (prices without a dash),
# death notices, a house for sale, a message board's thread, a job description, classified
# ads with no telephone number.
MORE_PAGES = {
    "diner.txt": (
        "The Kessing Diner\n"
        "\n"
        "Our Menu\n"
        "\n"
        "Mon–Sat 6 a.m.–2 p.m. · Sun 7 a.m.–1 p.m.\n"
        "\n"
        "Breakfast\n"
        "Two Eggs Any Style with hash browns and toast $7.50\n"
        "The Farmhand three eggs, bacon, sausage, biscuit & gravy $13.95\n"
        "Buttermilk Pancakes (3) add blueberries $7.95\n"
        "Talbrook Omelet ham, green pepper, onion, cheddar $11.25\n"
        "Soup of the Day, cup or bowl $5.95\n"
        "Coffee, bottomless $2.25\n"
        "\n"
        "Consuming raw or undercooked eggs may increase your risk of foodborne "
        "illness, and we are happy to tell you what is in every dish on the menu.\n"
    ),
    "notices.txt": (
        "Death Notices - Talbrook\n"
        "\n"
        "REYES, Ann\n"
        "Mill Road, Talbrook\n"
        "Died: Monday 23 November 2026\n"
        "Peacefully, at Talbrook General Hospital, surrounded by her loving "
        "family, in her 90th year.\n"
        "Funeral Director: Okafor's Funeral Home, Talbrook\n"
        "Leave a condolence · Share · Send flowers\n"
        "\n"
        "NORLAND, Peter\n"
        "Quay Street, Kessing\n"
        "Died: Tuesday 24 November 2026\n"
        "Suddenly, at his home. Beloved husband of Mary and dear father of Tom "
        "and Ruth, sadly missed by all.\n"
        "Funeral Director: Kessing Funeral Directors\n"
        "Leave a condolence · Share · Send flowers\n"
    ),
    "house.txt": (
        "12 Orchard Lane, Talbrook | 4 bd, 2 ba | $239,900\n"
        "\n"
        "Homes for Sale › Talbrook › 12 Orchard Lane\n"
        "\n"
        "Property Description\n"
        "\n"
        "Charming farmhouse on nearly two acres at the edge of Talbrook, with "
        "a new roof, a wraparound porch and a barn that the current owners "
        "have used as a workshop for twenty years.\n"
        "\n"
        "Property Details\n"
        "\n"
        "Information deemed reliable but not guaranteed. Listing courtesy of "
        "Kessing Realty.\n"
    ),
    "thread.txt": (
        "Talbrook Community Board\n"
        "\n"
        "Furnace clicking then shutting off?\n"
        "\n"
        "by bridge_walker » Tue Nov 24, 2026 7:48 am\n"
        "Furnace is making a clicking noise and then shutting off after about "
        "five minutes, and the house is getting down to sixty degrees at night.\n"
        "\n"
        "by talbrook_pete » Tue Nov 24, 2026 8:31 am\n"
        "Clicking then shutoff is usually the flame sensor, a ten minute job "
        "that you can do yourself with some steel wool.\n"
        "\n"
        "by bridge_walker » Wed Nov 25, 2026 12:44 pm\n"
        "The flame sensor fixed it, and the furnace has been running all "
        "morning without a single click.\n"
    ),
    "job.txt": (
        "Equipment Operator II – Talbrook Road Department\n"
        "\n"
        "Employment Opportunities › Job Details\n"
        "\n"
        "Position Summary\n"
        "Under the direction of the County Engineer, operates heavy equipment "
        "in the construction and maintenance of county roads and bridges.\n"
        "\n"
        "Essential Duties\n"
        "Operates motor grader, loader, dump truck with plow and wing, and backhoe.\n"
        "\n"
        "Minimum Qualifications\n"
        "High school diploma or GED, and a valid commercial driver's licence.\n"
        "\n"
        "How to Apply\n"
        "Talbrook County is an Equal Opportunity Employer.\n"
    ),
    "ads.txt": (
        "TALBROOK LEDGER -- CLASSIFIEDS\n"
        "\n"
        "CARD OF THANKS. The family of Ann Reyes wishes to thank everyone for "
        "the cards, food and prayers after her fall on November 2.\n"
        "\n"
        "INSIDE ESTATE SALE. Sat. Nov. 28, 8-2. 615 Elm St., Talbrook. "
        "Furniture, Pyrex, tools and Christmas decorations.\n"
        "\n"
        "NOTICE OF PUBLIC HEARING. The Kessing Township Board will hold a "
        "hearing on Dec. 8, 2026, at 7 p.m. at the township hall.\n"
        "\n"
        "SEASONAL HELP. Kessing Farmers Co-op needs grain handlers through "
        "January 15. Apply at any location.\n"
    ),
}


def test_menus_notices_listings_threads_jobs_and_ads_in_plain_text_are_not_news(make_folder):
    documents, _ = load_folder(make_folder(MORE_PAGES))
    assert {d.path.name: looks_like_news(d) for d in documents} == dict.fromkeys(MORE_PAGES, False)
    # A sheriff's log heads its entries with their day, and a glossary its terms in
    # capitals: news, and a feature's sidebar, not a listing or classified ads.
    log = (
        "Sheriff's log\n\nMonday, Nov. 23\n\n8:14 a.m. — A resident of Talbrook reported a"
        " mailbox struck by a vehicle overnight on County Road 22.\n\nTuesday, Nov. 24\n\n"
        "4:52 p.m. — Deputies responded to cattle out on Highway 31 north of Kessing.\n\n"
        "Wednesday, Nov. 25\n\n9:35 p.m. — A Talbrook man was arrested on Main Street.\n"
    )
    glossary = (
        "Seals of the estuary\n\nHARBOUR SEALS. The commonest seals of the estuary, they"
        " haul out on the sandbanks at low tide.\n\nGREY SEALS. Larger, with a long face,"
        " they come in from the open sea in the autumn.\n\nCOMMON TERNS. Summer visitors"
        " that nest on the shingle by the old harbour wall.\n"
    )
    documents, _ = load_folder(make_folder({"log.txt": log, "glossary.txt": glossary}))
    assert all(looks_like_news(d) for d in documents)


def test_a_thread_of_members_and_a_job_of_council_headings_are_no_news(make_folder):
    # A fifth county's forum thread ("DepotDave Member since 2024 · 37 posts") joined the
    # bus strike's reports, and a council's job advert ("About the role", "What you'll
    # do") the flood's: neither said what it was as the first four counties' pages did.
    thread = "\n\n".join(
        f"{name} Member since {year} · {posts} posts\n{text}\nQuote\nReport\nLike"
        for name, year, posts, text in (
            ("Oskby_Lass", 2021, "1,088", "Anyone know if the bus strike is on Monday?"),
            ("DepotDave", 2024, 37, "Work at the depot. Nobody expects it to be sorted."),
            ("Commuter9", 2016, "2,304", "The X7 is my only way into work, so I hope not."),
        )
    )
    job = (
        "Flood Resilience Officer\n\nAbout the role\n\nOskby is a county of rivers and moor,"
        " and many of our towns have flooded in the last ten years, some of them twice.\n\n"
        "What you'll do\n\n- Run flood awareness events for residents\n\nWhat we offer\n\n"
        "27 days' annual leave, rising with service, and flexible working for all staff.\n\n"
        "How to apply\n\nPlease apply online using the button below. We do not accept CVs.\n"
    )
    documents, _ = load_folder(make_folder({"thread.txt": thread, "job.txt": job}))
    assert [looks_like_news(d) for d in documents] == [False, False]


def test_a_weekends_listing_by_day_with_priced_entries_is_no_news_in_a_mail_too(make_folder):
    # A radio station's "What's On" e-mail: day headings over entries with a time and a
    # price. It joined a flood's reports (its quiz night raised money for the flood
    # appeal), and read as a mail its day headings were lost with its short lines.
    listing = (
        "From: Harbour FM <whatson@harbourfm.example>\nSubject: Your weekend: lights and"
        " a flood appeal quiz\nDate: Thu, 26 Nov 2026 17:00:00 +0000\n\n"
        "HARBOUR FM - WHAT'S ON\n\nFRIDAY 27 NOVEMBER\n"
        "- Oskby Flood Appeal Quiz Night. Cricket Club pavilion, Quarry Road, 7.30pm. Teams"
        " of up to six, £5 a head, all proceeds to the flood appeal.\n"
        "- Jack and the Beanstalk (opening night). Corn Exchange Theatre, 7pm. Tickets £14"
        " from the box office.\n\nSATURDAY 28 NOVEMBER\n"
        "- Christmas Lights Switch-On. Market Square, entertainment from 3pm, switch-on"
        " 5.15pm. Free.\n- Craft Fair. Memorial Hall, 10am-4pm. Sixty stalls, free entry.\n"
    )
    documents, _ = load_folder(make_folder({"whatson.eml": listing}))
    assert [looks_like_news(d) for d in documents] == [False]


def test_a_page_that_is_no_news_is_listed_under_what_it_is(make_folder):
    # After the news, and named for what it is: "Menu: …", not a headline among headlines.
    news = {name: REGIONAL[name] for name in ("bridge-courier.txt", "bridge-radio.txt")}
    pages = {name: MORE_PAGES[name] for name in ("diner.txt", "job.txt")}
    briefing = build(make_folder(news | pages), BuildOptions())
    data = json.loads(render(briefing, "json"))
    kinds = {s["title"]: s["page"] for s in data["stories"] + data["also"]}
    assert sorted(kinds.values(), key=str) == ["Job advert", "Menu", None]
    for fmt, mark in (("md", "- Menu: "), ("text", "* Menu: "), ("html", ">Menu:</span> ")):
        assert mark in render(briefing, fmt), fmt


# A county paper's morning (made-up names, unknown to English at large): most items are
# set in its two towns and name its county, so the names are the rarest words in each;
# only the two boatyard fire reports are one event.
COUNTY = {
    "lifeboat.txt": (
        "Marrowby lifeboat rescues two kayakers\n\nThe Marrowby lifeboat rescued two kayakers "
        "who were swept out past the harbour wall in Marrowby on Sunday afternoon. The "
        "volunteer crew launched within eight minutes and found the pair clinging to an "
        "upturned kayak half a mile off Skelderwick Point. Both were treated for cold at "
        "Fenholt General Hospital and later released. The Marrowby coxswain urged visitors to "
        "check the tides before paddling out in Fenholt waters."
    ),
    "pub.txt": (
        "Marrowby's oldest pub to close after 200 years\n\nThe Anchor, the oldest pub in "
        "Marrowby, will pour its last pint on New Year's Eve after its owners failed to find "
        "a buyer. Landlady Joan Pellow said rising energy bills had doubled the cost of "
        "keeping the bar open through the winter. Regulars in Marrowby and Skelderwick have "
        "started a petition asking Fenholt County Council to list the building as an asset of "
        "community value."
    ),
    "budget.txt": (
        "Fenholt council tax to rise by 4.99 per cent\n\nFenholt County Council has proposed "
        "a council tax rise of 4.99 per cent from April to close a gap of 18 million pounds "
        "in its budget. Residents in Marrowby and Skelderwick can comment on the plans until "
        "January 12. The council's finance chief said adult social care now takes more than "
        "half of every pound it spends in Fenholt."
    ),
    "football.txt": (
        "Skelderwick Town beat Marrowby Rovers in cup derby\n\nSkelderwick Town beat Marrowby "
        "Rovers 3-1 in the Fenholt Senior Cup on Saturday in front of 900 fans. Two goals in "
        "five minutes after half-time settled the derby in Skelderwick. Marrowby pulled one "
        "back from a penalty but could not find a way through in the last half hour."
    ),
    "bins.txt": (
        "Black bins to be emptied every three weeks\n\nHouseholds across Fenholt will have "
        "their black bins emptied every three weeks instead of every fortnight under plans to "
        "cut landfill. Recycling would still be collected weekly in Marrowby, Skelderwick and "
        "the villages. The county council says the change would save 1.2 million pounds a "
        "year."
    ),
    "library.txt": (
        "Skelderwick library hosts festive storytelling\n\nSkelderwick library will host "
        "festive storytelling and lantern making for children on December 5, with a visit "
        "from a local author in the evening. Tickets are free but must be booked. Libraries "
        "in Marrowby and across Fenholt will run similar sessions the following week."
    ),
    "burglar.txt": (
        "Holiday-let burglar jailed\n\nA man who broke into six holiday cottages in Marrowby "
        "and Skelderwick over the summer has been jailed for three years at Fenholt Crown "
        "Court. Police traced him through a doorbell camera that filmed him carrying a "
        "television to a van. The judge said he had targeted homes he knew would be empty."
    ),
    "weather.txt": (
        "Yellow wind warning for the coast\n\nForecasters have issued a yellow warning for "
        "wind along the Fenholt coast from Saturday morning, with gusts of up to 70 miles an "
        "hour possible in Marrowby and on exposed headlands near Skelderwick. Ferry crossings "
        "may be cancelled and coastal paths could be closed."
    ),
    "fire-1.txt": (
        "Fire destroys Marrowby boatyard\n\nFire destroyed a boatyard on the quay in Marrowby "
        "overnight, with flames seen from Skelderwick three miles away. Six fire engines from "
        "across Fenholt fought the blaze for four hours. Nobody was hurt, but owner Dan "
        "Treloar said eleven boats stored for the winter had been lost. Fenholt Fire and "
        "Rescue said the cause was not yet known."
    ),
    "fire-2.txt": (
        "Eleven boats lost as blaze guts Marrowby yard\n\nEleven boats stored for the winter "
        "were lost when fire swept through a boatyard on the quay in Marrowby during the "
        "night. Six engines were sent and crews from Fenholt Fire and Rescue spent four hours "
        "bringing the flames under control. Owner Dan Treloar said he was devastated but "
        "grateful that no one was injured. The cause is being investigated."
    ),
}


# Three more reports of the boatyard fire.
FIRES = {
    "fire-3.txt": "Boatyard owner counts cost of Marrowby blaze\n\nDan Treloar, whose"
    " boatyard on the quay in Marrowby was destroyed by fire overnight, said eleven boats"
    " stored for the winter had been lost. Six fire engines fought the flames for four"
    " hours and nobody was hurt. Fenholt Fire and Rescue is investigating the cause.",
    "fire-4.txt": "Investigators examine burnt-out Marrowby boatyard\n\nFire"
    " investigators spent the day at the boatyard on the quay in Marrowby where eleven"
    " boats were lost overnight. Owner Dan Treloar said the yard was insured. Crews from"
    " Fenholt Fire and Rescue damped down the site until the afternoon.",
    "fire-5.txt": "Marrowby boatyard fire: what we know\n\nA fire destroyed a boatyard on"
    " the quay in Marrowby during the night, and eleven boats stored for the winter were"
    " lost. Six engines attended and no one was injured. Owner Dan Treloar thanked the"
    " firefighters; the cause is not yet known.",
}


def test_a_county_papers_items_are_not_one_story_for_naming_its_towns(make_folder):
    # Every item names two or three of the county's places, several "in Marrowby": once,
    # all ten were one story. Where most of a folder's articles are is the paper's home.
    groups = files_of(build(make_folder(COUNTY), BuildOptions()))
    fires = ["fire-1.txt", "fire-2.txt"]
    assert sorted(groups) == sorted([fires] + [[n] for n in COUNTY if n not in fires])
    # A folder of one event in that town is still one story: its reports share more than
    # the town's name.
    one_event = {name: COUNTY[name] for name in fires} | FIRES
    assert len(files_of(build(make_folder(one_event), BuildOptions()))) == 1


# Real towns are not unknown to English: wordfreq knows a market town as a surname, a
# street or a ship (Zipf 2 to 3), where made-up names are 0. With the bound at 2.0 the ten
# items set in Whitby and Skipton were one story.
@pytest.mark.parametrize(
    "town, village, county",
    [
        ("Whitby", "Skipton", "Craven"),
        ("Truro", "Penzance", "Kernow"),
        ("Keokuk", "Ottumwa", "Wapello"),
    ],
)
def test_a_county_papers_items_set_in_real_towns_are_not_one_story(
    make_folder, town, village, county
):
    def placed(text: str) -> str:
        return (
            text.replace("Marrowby", town)
            .replace("Skelderwick", village)
            .replace("Fenholt", county)
        )

    groups = files_of(build(make_folder({n: placed(t) for n, t in COUNTY.items()}), BuildOptions()))
    fires = ["fire-1.txt", "fire-2.txt"]
    assert sorted(groups) == sorted([fires] + [[n] for n in COUNTY if n not in fires])
    # Five reports of one fire there name the town as often, and are still one story: the
    # documents that name a home are, without it, no story (see the Kenya and Bolivia
    # missions below, whose cities are a story's places, not a home).
    one_event = {n: placed(t) for n, t in (COUNTY | FIRES).items() if n.startswith("fire-")}
    assert len(files_of(build(make_folder(one_event), BuildOptions()))) == 1


# A county council's morning: four decisions, each quoting its own councillors as "Cllr"
# (a title rare enough in English at large to weigh like a name), two of them the same
# opposition member. Once, the four were one story.
COUNCIL = {
    "bins.txt": (
        "Black bins to be emptied every three weeks\n\nHouseholds in Pellworth will have their "
        "black bins emptied every three weeks instead of every fortnight from April. Cllr "
        "Harriet Quennell, the council leader, said the change would save 1.2 million pounds "
        "a year. Cllr Tom Pasco, who speaks for the opposition, said families with young "
        "children would struggle. Recycling will still be collected every week."
    ),
    "budget.txt": (
        "Council asks residents for views on budget\n\nPellworth County Council has opened a "
        "six-week consultation on its budget for next year, which proposes a council tax "
        "rise of 4.99 per cent. Cllr Anil Mistry said adult social care now takes more "
        "than half of what the council spends. Cllr Mistry, the finance chief, will hold "
        "drop-in sessions at the Guildhall."
    ),
    "flood.txt": (
        "Work begins on tidal flood defences\n\nWork has begun on a 6.2 million pound tidal "
        "flood wall along the harbour at Pellworth, which flooded twice last winter. Cllr "
        "Jo Brindle cut the first sod on Monday. Cllr Brindle said the wall would "
        "protect 300 homes and businesses. The work will take eighteen months."
    ),
    "library.txt": (
        "Library opening hours to be cut\n\nPellworth's three libraries will close on "
        "Mondays from January under plans approved by the council's cabinet. Cllr Rhian "
        "Tully said the libraries would stay open on Saturdays. Cllr Tom Pasco called "
        "the cut short-sighted. Volunteers have offered to run a homework club."
    ),
}


def test_council_items_are_not_one_story_for_their_councillors_title(make_folder):
    groups = files_of(build(make_folder(COUNCIL), BuildOptions()))
    assert sorted(groups) == sorted([n] for n in COUNCIL)


# One road through a county: a crash on it told twice, and a bus cut, roadworks and a
# charity ride along it through one village. The road's number, unknown to English, with
# the village made the three one story.
ROAD = {
    "crash-1.txt": (
        "Lorry driver hurt in A4117 crash near Dunmere\n\nA lorry driver was taken to "
        "hospital after his vehicle left the A4117 and overturned near Dunmere on Tuesday "
        "morning. The road was closed for seven hours while the trailer, loaded with "
        "animal feed, was recovered. Police said the 52-year-old driver from Penhallow had "
        "leg injuries that were not thought to be life-threatening."
    ),
    "crash-2.txt": (
        "A4117 reopens after overturned feed lorry\n\nThe A4117 at Dunmere has reopened "
        "after a lorry carrying animal feed overturned on Tuesday morning. Its driver, a "
        "52-year-old man from Penhallow, was taken to hospital with leg injuries. Police "
        "closed the road for seven hours while the trailer was lifted clear."
    ),
    "bus.txt": (
        "Evening buses cut on A4117 route\n\nThe last evening bus along the A4117 between "
        "Trevarrack and Polgooth will leave at 6.15pm from January, the operator has "
        "announced. Passenger numbers after 7pm have halved since 2019, it said. Parish "
        "councillors in Polgooth said the change would leave shift workers stranded."
    ),
    "roadworks.txt": (
        "Overnight closures for A4117 resurfacing\n\nThe A4117 will close overnight "
        "between Polgooth and Carnhell for two weeks from Monday while the road is "
        "resurfaced. Diversions will be signed through Lanjeth. The work, costing 640,000 "
        "pounds, is part of the county's winter repair programme."
    ),
    "cycle.txt": (
        "Charity riders to follow the A4117 to the coast\n\nThirty cyclists will ride 60 "
        "miles along the A4117 from Brea to the coast on Sunday to raise money for the "
        "air ambulance. Organiser Jess Tremayne said the riders hoped to raise 15,000 "
        "pounds. The route passes through Polgooth."
    ),
}


def test_items_on_one_road_are_not_one_story_for_its_number(make_folder):
    groups = files_of(build(make_folder(ROAD), BuildOptions()))
    crash = ["crash-1.txt", "crash-2.txt"]
    assert sorted(groups) == sorted([crash] + [[n] for n in ROAD if n not in crash])


def test_one_event_from_many_outlets_is_one_story(make_folder):
    # The seeds' shape: one event, every article of it, nothing else.
    from pathlib import Path

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    folder = make_folder({p.name: p.read_text() for p in sorted(seeds.glob("*.txt"))})
    briefing = build(folder, BuildOptions())
    assert len(briefing.stories) == 1 and not briefing.also
    assert briefing.stories[0].reports == 5


def test_sparse_average_link_matches_scipys_on_a_complete_graph():
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    from brief.stories import average_link

    rng = np.random.default_rng(7)
    for n, threshold in ((12, 0.3), (40, 0.2), (60, 0.45)):
        # Points around a few centres, so there are groups to find at the threshold.
        centres = rng.normal(size=(5, 8))
        points = centres[rng.integers(0, 5, n)] + 0.6 * rng.normal(size=(n, 8))
        points /= np.linalg.norm(points, axis=1, keepdims=True)
        similarity = np.clip(points @ points.T, 0.0, 1.0)
        rows, cols = np.triu_indices(n, 1)
        ours = average_link(n, rows, cols, similarity[rows, cols], threshold)
        distance = 1.0 - similarity
        np.fill_diagonal(distance, 0.0)
        tree = linkage(squareform(distance, checks=False), "average")
        labels = fcluster(tree, t=1.0 - threshold, criterion="distance")
        theirs = {}
        for index, label in enumerate(labels):
            theirs.setdefault(label, []).append(index)
        assert sorted(ours) == sorted(tuple(m) for m in theirs.values())
        assert 1 < len(ours) < n  # the case is not trivial


def test_a_documents_terms_are_counted_as_the_word_pattern_finds_them():
    """The fast count reads each run of non-spaces once; it must give the pattern's
    counts, in the pattern's order (the order numbers the matrix's columns)."""
    import random
    from collections import Counter

    from brief.stories import _TOKEN, _token_counts

    shapes = [
        "said",
        "said,",
        "(Reuters)",
        "“Yes,”",
        "don't",
        "'em",
        "rock-",
        "9-year-old",
        "u.s.",
        "U.S.-led",
        "a",
        "x",
        "é",
        "naïve",
        "café.",
        "42",
        "4th",
        "_id",
        "co_op",
        "e-mail--",
        "--",
        "'",
        "¿qué?",
        "ΑΘΗΝΑ",
        "straße",
        "x²",
        "Ⅻ",
        "O'Neill's",
        "a\u0301b",
        "https://example.com/a-b",
        "#tag",
        "50%",
        "[1]",
        "…and",
        "end.",
        "Kurds'",
    ]
    rng = random.Random(3)
    for _ in range(300):
        text = " ".join(rng.choice(shapes) for _ in range(rng.randint(0, 40)))
        text += rng.choice(["", "\n", "\t", "\u00a0"]) + rng.choice(shapes)
        assert list(_token_counts(text).items()) == list(Counter(_TOKEN.findall(text)).items())
    # ASCII text takes its own way (its marks made spaces first): shapes side by side too.
    plain = [shape for shape in shapes if shape.isascii()]
    for _ in range(300):
        text = rng.choice([" ", "", "\n"]).join(
            rng.choice(plain) for _ in range(rng.randint(0, 40))
        )
        assert text.isascii()
        assert list(_token_counts(text).items()) == list(Counter(_TOKEN.findall(text)).items())


def test_a_story_larger_than_the_neighbours_each_article_is_compared_with_stays_whole(
    make_folder,
):
    # 600 reports of one event (each compared with at most NEIGHBOURS = 100 others), each
    # with 3 of its 16 facts, beside two unrelated articles: one story, not pieces (the
    # first pass, which counts pairs never compared as 0, leaves pieces of 70-160).
    import random

    facts = [
        "The Rhine ferry Loreley capsized near Bacharach on Saturday evening.",
        "Rescuers pulled 31 passengers from the cold water below the Loreley rock.",
        "Police in Koblenz said the ferry's engine failed in the strong current.",
        "Divers searched the riverbed near Kaub for two missing crew members.",
        "Shipping on the Rhine between Bingen and Koblenz was halted overnight.",
        "The ferry operator Rheinfaehre Bacharach said the boat passed an inspection in May.",
        "Survivors were taken to hospitals in Boppard and Oberwesel with hypothermia.",
        "Prosecutors in Koblenz opened an inquiry into the capsizing of the Loreley.",
        "The mayor of Bacharach thanked volunteer firefighters from Lorch and Assmannshausen.",
        "Water levels at the Kaub gauge had risen by a metre after days of rain in the Alps.",
        "A helicopter from the Niederstetten air base lifted two people off a sandbank.",
        "The Loreley, built in 1965, carried cars and cyclists across to Kaub every hour.",
        "Witnesses on the promenade filmed the ferry listing before it turned over.",
        "Insurers estimated the damage to the vessel and the landing stage at 2 million euros.",
        "Rhineland-Palatinate's interior minister visited the rescue centre at Oberwesel.",
        "Tourist boats to the Loreley rock were cancelled for the rest of the weekend.",
    ]
    rng = random.Random(7)
    files = {}
    for n in range(600):
        picked = rng.sample(facts, 3)
        files[f"ferry-{n:03}.txt"] = "\n\n".join(picked)
    files |= {name: UNRELATED[name] for name in ("fire-oslo.txt", "vote-chile.txt")}
    briefing = build(make_folder(files), BuildOptions(max_stories=5))
    sizes = sorted(len(story.sources) for story in briefing.stories + briefing.also)
    assert sizes == [1, 1, 600]


# A food blog's page about the winning pie: its text tells the contest's story in the
# contest's words and its ingredients sit only in the page's metadata, so nothing in the
# text is shaped like a recipe. The page says what it is: "@type": "Recipe".
RECIPE_STORY = (
    "<p>When Margaret Ellison took the national pumpkin pie championship in Chicago, the"
    " judges talked about little but her crust. We asked the retired Vermont teacher how she"
    " makes it, and how the roasted squash and maple syrup filling came about: her mother's"
    " kitchen, she says, fifty autumns ago. Here is the pie, as she bakes it.</p>"
)
RECIPE_LD = """<script type="application/ld+json">{"@context": "https://schema.org",
"@graph": [{"@type": "WebPage", "name": "Margaret Ellison's pumpkin pie"},
{"@type": ["Recipe"], "name": "Margaret Ellison's pumpkin pie",
"recipeIngredient": ["2 cups squash", "3/4 cup maple syrup"]}]}</script>"""


def page(head: str, body: str) -> str:
    return (
        f"<!doctype html><html><head><title>Margaret Ellison's pumpkin pie</title>{head}"
        f"</head><body><article><h1>Margaret Ellison's pumpkin pie</h1>{body}</article>"
        "</body></html>"
    )


def test_a_page_that_declares_itself_a_recipe_or_product_joins_no_story(make_folder):
    news = {"news-1.txt": BAKE_OFF, "news-2.txt": BAKE_OFF_2}
    # Without its declaration the page reads like a third report (the shape cannot tell):
    # it joins the story. That is what the declaration is for.
    plain = build(make_folder(news | {"blog.html": page("", RECIPE_STORY)}), BuildOptions())
    assert ["blog.html", "news-1.txt", "news-2.txt"] in files_of(plain)

    # Declared, it is not news at all: it joins no story and is no story of its own (not
    # under "Also" either); a warning names it.
    recipe = build(make_folder(news | {"blog.html": page(RECIPE_LD, RECIPE_STORY)}), BuildOptions())
    assert sorted(files_of(recipe)) == [["news-1.txt", "news-2.txt"]]
    assert recipe.stories[0].reports == 2
    assert [(n.path.name, n.message) for n in recipe.notices] == [
        ("blog.html", "not news: the page declares its type as recipe")
    ]

    # Open Graph's type, attributes in either order, says the same of a shop's page.
    shop = page('<meta content="product" property="og:type">', RECIPE_STORY)
    sold = build(make_folder(news | {"shop.html": shop}), BuildOptions())
    assert sorted(files_of(sold)) == [["news-1.txt", "news-2.txt"]]
    assert [n.path.name for n in sold.notices] == ["shop.html"]


def test_a_forum_thread_is_known_by_its_software_s_reply_links(make_folder):
    # A thread of posts that speak of the day's event: its posts' bylines ("by fellwanderer
    # » Mon Nov 23, 2026 9:40 pm"), which showed it a forum, go with the page's furniture,
    # and it joined the event's story. Its reply links say what it is.
    posts = "".join(
        f'<div class="post"><p class="author">by <strong>{who}</strong> &raquo; {when}</p>'
        f'<div class="content">{text}</div></div>'
        for who, when, text in [
            ("pie_fan", "Mon Nov 23, 2026 9:14 pm", BAKE_OFF.split("\n\n")[1]),
            ("crustlover", "Mon Nov 23, 2026 9:40 pm", BAKE_OFF_2.split("\n\n")[1]),
        ]
    )
    thread = (
        "<!doctype html><html><head><title>Bake-off result? - Pie Forum</title></head><body>"
        '<a class="button" href="./posting.php?mode=reply&amp;t=18842">Post Reply</a>'
        f"<h2>Bake-off result?</h2>{posts}</body></html>"
    )
    news = {"news-1.txt": BAKE_OFF, "news-2.txt": BAKE_OFF_2}
    briefing = build(make_folder(news | {"thread.html": thread}), BuildOptions())
    assert sorted(files_of(briefing)) == [["news-1.txt", "news-2.txt"]]
    assert [(n.path.name, n.message) for n in briefing.notices] == [
        ("thread.html", "not news: a forum thread, by its reply links")
    ]
    # Without the links, the same posts are read as a third report (what the mark is for).
    plain = thread.replace("posting.php?mode=reply", "reply.html")
    briefing = build(make_folder(news | {"thread.html": plain}), BuildOptions())
    assert ["news-1.txt", "news-2.txt", "thread.html"] in files_of(briefing)


def test_a_page_that_declares_itself_news_is_news_whatever_its_shape(make_folder):
    # A report on the contest that prints the winning recipe: by its shape alone a recipe,
    # but its publisher marks it as a news article, and it is one.
    report = page(
        '<script type="application/ld+json">{"@type": "NewsArticle"}</script>',
        RECIPE_STORY + "<ul><li>2 cups roasted squash puree</li><li>3/4 cup maple syrup</li>"
        "<li>1 tbsp cinnamon</li></ul><p>Preheat the oven to 425°F.</p>",
    )
    folder = make_folder({"news-1.txt": BAKE_OFF, "news-2.txt": BAKE_OFF_2, "report.html": report})
    assert ["news-1.txt", "news-2.txt", "report.html"] in files_of(build(folder, BuildOptions()))


def test_declared_types_are_read_from_json_ld_and_open_graph():
    from brief.readers.declared import declared_types

    html = (
        b'<html><head><meta property="og:type" content="Article" />'
        b'<script type="application/ld+json">{"@type": "http://schema.org/NewsArticle"}'
        b"</script><script type='application/ld+json'>{not json</script>"
        b'<script type="application/ld+json">[{"@type": ["Recipe", "HowTo"]}]</script>'
        b"</head><body><p>Text.</p></body></html>"
    )
    assert declared_types(html) == ("newsarticle", "recipe", "howto", "og:article")
    assert declared_types(b"<html><body><p>Nothing declared.</p></body></html>") == ()


# One organisation's work in two countries: the observers' mission to Bolivia, told by two
# outlets, and the same institute's observers in Kenya weeks later. The institute's rare
# name and the words of an election are shared by all three; the places are not.
OBSERVERS_BOLIVIA = (
    "Halvorsen Institute observers call Bolivia's vote orderly\n\n"
    "LA PAZ, Bolivia (AP) -- Forty observers from the Halvorsen Electoral Institute said "
    "on Monday that Bolivia's presidential election had been orderly, though tally sheets "
    "reached the counting centres in La Paz hours late. Ingrid Sorvik, who leads the "
    "Halvorsen delegation, said its monitors visited 600 polling stations across Bolivia "
    "and found ballot boxes sealed and voter rolls posted.\n\n"
    "The institute's monitors saw queues of up to three hours in El Alto and in the "
    "highlands. Sorvik urged Bolivia's electoral tribunal to publish every tally sheet "
    "online so that parties can check the count. The Halvorsen Electoral Institute will "
    "issue its final report on the Bolivian election within two months."
)
OBSERVERS_BOLIVIA_2 = (
    "Monitors find few flaws in Bolivian election\n\n"
    "Observers of the Halvorsen Electoral Institute found few flaws in Sunday's "
    "presidential election in Bolivia, the head of the mission, Ingrid Sorvik, told "
    "reporters in La Paz. Its forty monitors covered 600 polling stations; ballot boxes "
    "were sealed and voter rolls were posted, she said.\n\n"
    "Sorvik said late tally sheets had slowed the count in La Paz and asked Bolivia's "
    "electoral tribunal to put every tally sheet online. Voters in El Alto waited up to "
    "three hours. The Halvorsen institute plans a final report on Bolivia within two "
    "months."
)
OBSERVERS_KENYA = (
    "Observers urge recount in two Kenyan counties\n\n"
    "NAIROBI, Kenya -- The Halvorsen Electoral Institute asked Kenya's electoral "
    "commission on Thursday to recount the votes of Mombasa and Kisumu, where turnout "
    "exceeded the number of registered voters. The institute's observers were turned away "
    "from several counting halls in Kisumu, its mission chief said, and tally sheets were "
    "missing at a dozen polling stations.\n\n"
    "Police in Kisumu fired tear gas at protesters who blocked the road to the county "
    "hall. Kenya's opposition alliance said it would not accept the county results, and "
    "its leaders will meet the commission's chairman in Nairobi on Monday."
)


def test_one_organisations_work_in_two_countries_is_two_stories(make_folder):
    folder = make_folder(
        {
            "bolivia-wire.txt": OBSERVERS_BOLIVIA,
            "bolivia-paper.txt": OBSERVERS_BOLIVIA_2,
            "kenya.txt": OBSERVERS_KENYA,
        }
    )
    briefing = build(folder, BuildOptions())
    # The two reports of the Bolivian vote are one story; Kenya's count is another.
    assert sorted(files_of(briefing)) == [["bolivia-paper.txt", "bolivia-wire.txt"], ["kenya.txt"]]


def places_of(title: str, *paragraphs: str) -> dict[str, int]:
    """The places brief reads in an article of this title and these paragraphs."""
    from pathlib import Path

    from brief.models import Document
    from brief.places import place_counts

    return place_counts(Document(id="a", path=Path("a.txt"), title=title, paragraphs=paragraphs))


def test_places_are_read_from_names_adjectives_cities_and_datelines():
    counts = places_of(
        "Floods close schools",
        "SPOKANE, Wash. (AP) -- Floods closed schools across the state on Monday.",
        "Dutch engineers flew in from Rotterdam. New York sent pumps, and a turkey farm in"
        " Washington state lost its barns.",
    )
    # The dateline in capitals counts three times per name (Spokane, "Wash."), the later
    # "Washington state" once; an adjective and a city stand for their country; "New York"
    # is not read as "York", and a lower-case turkey is no country.
    assert counts == {"US-WA": 7, "Netherlands": 2, "US-NY": 1}


def test_names_that_hold_a_place_are_not_that_place():
    counts = places_of(
        "Fruit growers meet in Auckland",
        "Growers from Latin America, North America and New England met in Auckland, where"
        " Attorney General Janet Reno's old adviser spoke. Flights on Air France were full.",
        "A grower from Washington County said prices in New South Wales had fallen; a"
        " George Washington scholar disagreed.",
    )
    # Continents and regions around "America" are not the United States, New England is not
    # England, a person or an airline named after a place is not it, and a county is not
    # the city or state it is named after (it can be in any state); New South Wales is
    # in Australia. Before, this read the U.S. 6 times, the United Kingdom 3, Nevada and
    # France twice each.
    assert counts == {"New Zealand": 4, "Australia": 1}


def test_a_capital_stands_for_its_country_and_a_name_is_no_capital():
    counts = places_of(
        "Solar seminar opens",
        "NIAMEY, May 3 (Wire) -- A seminar on solar lamps opened in Niamey today.",
        "Experts came from Yaounde, Amman and the Niger Delta; Chad Norland and Jordan Kessing"
        " chaired it.",
    )
    # Two reports of one kind of event in two capitals are told apart by their places:
    # two reports of solar power in two countries were one story when one capital was no
    # place. A first name
    # (Chad, Jordan) is still none, and the Niger Delta is in Nigeria.
    assert counts == {"Niger": 5, "Cameroon": 1, "Jordan": 1, "Nigeria": 1}


# One flood told twice: a county paper's report names only "Montgomery County" (a county
# of that name is in Pennsylvania, Maryland, Ohio and a dozen states more), the state's
# report names Pennsylvania. The county was read as Alabama's capital city, so the two
# looked like reports from two states and were kept apart. (Both headlines name the
# flood: headlines that share nothing of each other's tops cost a pair more similarity, see
# test_one_towns_crash_and_planning_row_on_its_bypass_are_two_stories.)
FLOOD_COUNTY = (
    "Perkiomen flood shuts Montgomery County schools\n\n"
    "MONTGOMERY COUNTY (AP) -- Montgomery County closed every public school on Tuesday after"
    " heavy rain. Montgomery County's emergency director, Dana Whitcomb, said the Perkiomen"
    " was still rising.\n\n"
    "Montgomery County commissioners declared a disaster and asked residents to stay off"
    " flooded roads. Buses will not run before Thursday, the Montgomery County school board"
    " said, and lunches will be handed out at the fire halls."
)
FLOOD_STATE = (
    "Pennsylvania sends boats as Perkiomen floods Skippack\n\n"
    "Pennsylvania sent rescue boats to Skippack on Monday night after the Perkiomen Creek"
    " rose six feet and flooded homes. Forty families were taken out, Pennsylvania's"
    " emergency agency said.\n\n"
    "Pennsylvania troopers closed Route 73 near Collegeville. Pennsylvania's governor said"
    " the state would pay for sandbags and pumps. Whitcomb, the county's emergency"
    " director, said the creek should crest on Wednesday, and Pennsylvania engineers will"
    " inspect the roads."
)


def test_a_county_named_like_a_city_elsewhere_does_not_split_its_story(make_folder):
    folder = make_folder({"county.txt": FLOOD_COUNTY, "state.txt": FLOOD_STATE})
    assert files_of(build(folder, BuildOptions())) == [["county.txt", "state.txt"]]


def test_two_large_stories_of_one_organisation_in_two_countries_stay_apart(make_folder):
    # 150 reports of the institute's mission to Bolivia and 150 of its observers in Kenya,
    # each of 5 of its country's 8 facts. The first pass compares each article with at most
    # NEIGHBOURS others; the exact second pass then measures whole groups from their summed
    # rows, so it must carry the place penalty too: without it (or on the code before the
    # place test) the two are one story of 300.
    import random

    BOLIVIA = [
        "Observers of the Halvorsen Electoral Institute watched the vote in La Paz on Sunday.",
        "The Halvorsen monitors found ballot boxes sealed at polling stations across Bolivia.",
        "Tally sheets reached the counting centre in La Paz hours late, the institute said.",
        "Voters in El Alto queued for up to three hours, Halvorsen observers in Bolivia reported.",
        "Ingrid Sorvik of the Halvorsen Electoral Institute urged Bolivia's tribunal to publish"
        " every tally sheet.",
        "The institute's observers visited 600 polling stations in Bolivia's highlands and"
        " lowlands.",
        "Bolivia's electoral tribunal said the count in Santa Cruz would end on Tuesday.",
        "Halvorsen's final report on the Bolivian election is due within two months.",
    ]
    KENYA = [
        "Kenya's opposition rejected the county results in Mombasa and Kisumu on Thursday.",
        "Tally sheets went missing at polling stations in two Kenyan counties, the institute said.",
        "Police in Kisumu fired tear gas at protesters who blocked the road to the county hall.",
        "The Halvorsen Electoral Institute asked Kenya's commission to recount two counties.",
        "Kenya's electoral commission said a recount in Mombasa would start on Monday.",
        "Opposition leaders will meet the commission's chairman in Nairobi next week.",
        "Halvorsen observers were turned away from counting halls in Kisumu, Kenya.",
        "Shops in Mombasa's old town stayed shut for a second day of protests in Kenya.",
    ]
    rng = random.Random(3)
    files = {}
    for name, facts in (("bolivia", BOLIVIA), ("kenya", KENYA)):
        for n in range(150):
            files[f"{name}-{n:03}.txt"] = "\n\n".join(rng.sample(facts, 5))
    briefing = build(make_folder(files), BuildOptions(max_stories=5))
    stories = sorted(files_of(briefing))
    assert [len(story) for story in stories] == [150, 150]
    assert {name.split("-")[0] for name in stories[0]} == {"bolivia"}


# Two outlets' reports of one invented event, in their own words.
DAM_A = (
    "Floodgates opened at the Varnholt dam\n\n"
    "Engineers opened all six floodgates of the Varnholt dam on the river Emsel on Monday,"
    " after a week of rain filled the reservoir to its crest. The villages of Kettwig and"
    " Oberhaun below the dam were told to move cars and livestock to higher ground. The water"
    " board said the release would last three days."
)
DAM_B = (
    "Varnholt dam releases water as reservoir brims\n\n"
    "The Varnholt reservoir reached its crest after days of heavy rain, and the water board"
    " opened the dam's six floodgates on Monday. Farmers in Kettwig and Oberhaun moved their"
    " livestock away from the Emsel, whose level is expected to rise for three days."
)


def test_two_reports_dated_years_apart_are_two_stories(make_folder):
    # Dated two days or a week apart they are one event; two years apart, a dam that filled
    # again (a dated file name, or a date the file declares), two; without dates, one.
    def stories(a: str, b: str) -> int:
        return len(files_of(build(make_folder({a: DAM_A, b: DAM_B}), BuildOptions())))

    def declared(day: str, text: str) -> str:
        title, body = text.split("\n\n", 1)
        return f"---\ntitle: {title}\ndate: {day}\n---\n{body}"

    assert stories("dam-a.txt", "dam-b.txt") == 1
    assert stories("2024-03-04-dam-a.txt", "2024-03-06-dam-b.txt") == 1
    assert stories("2024-03-04-dam-a.txt", "2024-03-11-dam-b.txt") == 1
    assert stories("2022-03-07-dam-a.txt", "2024-03-04-dam-b.txt") == 2
    folder = make_folder(
        {"a.md": declared("2022-03-07", DAM_A), "b.md": declared("2024-03-04", DAM_B)}
    )
    assert len(files_of(build(folder, BuildOptions()))) == 2


def test_a_yearly_event_in_the_same_words_is_two_stories_however_large(make_folder):
    # 150 reports of a dam's floodgates opened in 2022 and 150 of the same in 2024, each of
    # 4 of its year's 8 facts, told in the same rare words (the dam, the river, the
    # villages): the dates in their names tell the years apart. The first pass compares
    # each with at most NEIGHBOURS others; the exact second pass measures whole groups, so
    # it must carry the date penalty too (without it: one story of 300).
    import random

    facts = {
        2022: [
            "Engineers opened the six floodgates of the Varnholt dam on the river Emsel.",
            "The Varnholt reservoir had filled to its crest after a week of heavy rain.",
            "Villagers in Kettwig moved cars and livestock to higher ground below the dam.",
            "The Emsel water board said the release from Varnholt would last three days.",
            "Farmers near Oberhaun watched the Emsel rise across their meadows.",
            "The road from Kettwig to Oberhaun was closed while the floodgates stayed open.",
            "Anglers were told to keep away from the Emsel below the Varnholt spillway.",
            "The water board's engineers inspected the Varnholt dam wall every six hours.",
        ],
        2024: [
            "All six floodgates of the Varnholt dam were opened on the Emsel by engineers.",
            "Heavy rain had filled the Varnholt reservoir to its crest within a week.",
            "Below the dam, Kettwig's villagers took livestock and cars to higher ground.",
            "Releasing water from Varnholt would take three days, the Emsel water board said.",
            "The Emsel rose across the meadows of farmers near Oberhaun.",
            "With the floodgates open, the road between Oberhaun and Kettwig was shut.",
            "Below the Varnholt spillway, anglers were warned away from the Emsel.",
            "Every six hours the Varnholt dam wall was inspected by water board engineers.",
        ],
    }
    rng = random.Random(5)
    files = {}
    for year, told in facts.items():
        for n in range(150):
            day = f"{year}-03-{1 + n % 10:02}"
            files[f"{day}-dam-{n:03}.txt"] = "\n\n".join(rng.sample(told, 4))
    briefing = build(make_folder(files), BuildOptions(max_stories=5))
    stories = sorted(files_of(briefing))
    assert [len(story) for story in stories] == [150, 150]
    assert all(len({name[:4] for name in story}) == 1 for story in stories)


# An invented mine collapse and its weeks of coverage: the rescue, the drilling, the inquiry.
COLLIERY = [
    "Eleven miners were trapped when a gallery of the Harrowgill colliery near Brannoch collapsed.",
    "Rescuers at Harrowgill drilled a narrow shaft towards the trapped miners' refuge chamber.",
    "Families of the Harrowgill miners kept a vigil at the Brannoch chapel beside the pithead.",
    "The Torvane Mining company, which owns Harrowgill, said its ventilation had been inspected.",
    "A camera lowered down the Harrowgill borehole showed the refuge chamber still standing.",
    "Brannoch's mayor asked the Torvane Mining company to publish its safety reports.",
    "Inspectors will ask why the collapsed Harrowgill gallery was reopened after last winter.",
    "Engineers widened the Harrowgill shaft so that a rescue capsule could be lowered.",
]
# The same facts in other words, for reports from the fifth week on (their sentences are
# not the earlier reports' word for word, so each story has sentences of its own to say).
COLLIERY_LATER = [
    "A gallery collapse at Brannoch's Harrowgill colliery had trapped eleven miners.",
    "A narrow shaft was drilled by rescuers towards the refuge chamber at Harrowgill.",
    "Beside the pithead, Harrowgill families held a vigil in the chapel of Brannoch.",
    "Harrowgill's owner, the Torvane Mining company, said ventilation had been inspected.",
    "The refuge chamber was still standing, a camera in the Harrowgill borehole showed.",
    "The mayor of Brannoch wants Torvane Mining to make its safety reports public.",
    "Why the Harrowgill gallery was reopened after last winter is for inspectors to ask.",
    "So that a rescue capsule could be lowered, engineers widened the Harrowgill shaft.",
]


def test_an_event_reported_for_weeks_is_one_story_until_its_coverage_stops(make_folder):
    # Reported every four days for 40 days, the collapse is one story, although its first
    # and last reports are further apart than any two reports of one event on their own
    # (two dates four weeks apart). The same first and last weeks with nothing reported in
    # between, or two bursts of reports 60 days apart, are two stories: a month without a
    # word is the end of one event, and what follows is another. Each report tells 3 of
    # the 8 facts, so reports far apart share fewer words than close ones (on the mean
    # over every pair of reports, the old rule split the 40 days in two).
    import datetime
    import random

    rng = random.Random(3)
    start = datetime.date(2024, 2, 1)

    def stories(offsets: list[int], dated: bool = True) -> list[list[int]]:
        """The days of each story brief makes of reports on these days after `start`."""
        day_of_name, files = {}, {}
        for k, offset in enumerate(offsets):
            day = start + datetime.timedelta(days=offset)
            name = f"{day}-harrowgill-{k:02}.txt" if dated else f"harrowgill-{k:02}.txt"
            pool = COLLIERY if offset < 28 else COLLIERY_LATER
            files[name] = "\n\n".join(rng.sample(pool, 3))
            day_of_name[name] = offset
        found = files_of(build(make_folder(files), BuildOptions()))
        return sorted(sorted(day_of_name[name] for name in story) for story in found)

    every_four_days = list(range(0, 41, 4))
    assert stories(every_four_days) == [every_four_days]
    assert stories([0, 4, 36, 40]) == [[0, 4], [36, 40]]
    bursts = [0, 1, 3, 5, 60, 61, 63, 65]
    assert stories(bursts) == [[0, 1, 3, 5], [60, 61, 63, 65]]
    # Undated, nothing tells the bursts apart: their words are one story's.
    assert stories(bursts, dated=False) == [bursts]


def test_the_gap_in_coverage_between_groups_is_the_fewest_days_between_their_reports():
    # Checked against every pair of days, on random groups: some undated, some far apart,
    # some interleaved, and more pairs than are measured in one block.
    import numpy as np
    from scipy import sparse

    from brief.stories import DATE_WINDOW, coverage_gaps

    rng = np.random.default_rng(11)
    groups, days = 300, 400
    covered = sparse.random(groups, days, density=0.01, random_state=rng, format="csr")
    undated = np.ones(groups)
    undated[rng.integers(0, groups, 20)] = 0.0
    covered = sparse.csr_matrix(sparse.diags(undated) @ covered)
    covered.eliminate_zeros()
    first, second = np.triu_indices(groups, 1)
    keep = rng.random(len(first)) < 0.2
    first, second = first[keep], second[keep]
    gaps = coverage_gaps(covered, first, second)
    dense = covered.toarray() > 0
    for a, b, gap in zip(first.tolist(), second.tolist(), gaps.tolist(), strict=True):
        on_a, on_b = np.flatnonzero(dense[a]), np.flatnonzero(dense[b])
        fewest = np.abs(on_a[:, None] - on_b[None, :]).min() if len(on_a) and len(on_b) else 99
        assert gap == min(fewest, 2 * DATE_WINDOW)
    assert len(first) > 4096 and (gaps < 2 * DATE_WINDOW).any() and (gaps == 0).any()


def test_an_article_keeps_the_neighbours_sharing_most_of_its_heaviest_terms_ties_included():
    # Article 0 weighs 40 terms alike: all 40 are among its heaviest (more than
    # SIGNATURE_TERMS, on the tie); article j has the first 1 + j % 40 of them, as
    # heavy. Each article is compared with the NEIGHBOURS articles that share the most,
    # the nearer first among equals.
    import numpy as np
    from scipy import sparse

    from brief.stories import NEIGHBOURS, SIGNATURE_TERMS, candidate_pairs
    from brief.vectors import normalize_rows

    n, terms = 150, 40
    assert terms > SIGNATURE_TERMS and n - 1 > NEIGHBOURS
    rows = [0] * terms + [j for j in range(1, n) for _ in range(1 + j % terms)]
    cols = [*range(terms)] + [t for j in range(1, n) for t in range(1 + j % terms)]
    vectors = normalize_rows(
        sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, terms))
    )
    pairs = candidate_pairs(vectors)
    size = [terms] + [1 + j % terms for j in range(1, n)]
    for i in range(n):
        # Each pair once (i < j); a row with NEIGHBOURS pairs sharing two terms or more
        # keeps none that share one.
        shared = {j: min(size[i], size[j]) for j in range(i + 1, n)}
        if sum(count >= 2 for count in shared.values()) >= NEIGHBOURS:
            shared = {j: count for j, count in shared.items() if count >= 2}
        nearest = sorted(shared, key=lambda j: (-shared[j], j))[:NEIGHBOURS]
        assert sorted(pairs.col[pairs.row == i].tolist()) == sorted(nearest), i


def test_a_news_services_list_of_stories_is_read_by_the_lines_the_rules_say():
    # The expression is written for speed (it opens with the letter every rule opens
    # with); it finds what the rules written plainly find, on texts made of their pieces.
    import random
    import re

    from brief.stories import _BUDGET_LINE

    plain = re.compile(
        r"""(?mx)^[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*\s+
        \((?!(?:AP|Reuters|AFP|UPI|Xinhua|Bloomberg|dpa|CNN|BBC)\))(?:[Uu]ndated|[A-Z][a-z][^)\n]{0,40})\)
        \s*(?:_|--?|—|–|\{ndash\})\s
        | ^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\s+(?:_|--)\s+[A-Z"`]
        | \b[Ss]tor(?:y|ies)\s+will\s+move\b"""
    )
    pieces = [
        *("FERRY-STRIKE", "HARBOUR", "A1", "AB-2", "OSLO", "Oslo", "ST. PAUL", "x", "9"),
        *("(Undated)", "(undated)", "(Oslo)", "(AP)", "(Reuters)", "(Story will move)", "("),
        *(")", " _ ", " -- ", " - ", " — ", " – ", "{ndash}", "_", "--", " ", "  ", "\n"),
        *("Story", "story", "Stories", "stories", "sTory", "history", " will ", "will", "move"),
        *("story will move", "Stories  will\tmove", "FERRY-STRIKE (Undated) _ ", "AB-2 _ OSLO _ "),
        *("AB-COLUMN _ I", "A-B -- `", '"'),
    ]
    rng = random.Random(14)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(12)))
        found = [m.span() for m in _BUDGET_LINE.finditer(text)]
        assert found == [m.span() for m in plain.finditer(text)], repr(text)


# Two fires of one kind in two towns of one county, a day apart, each told by three
# outlets; the second town's reports recall the first fire in a line. They share the
# county's fire service, "warehouse", "blaze" and "firefighters": once, one story under
# one town's headline. Each report names its own town again and again.
TWO_FIRES = {
    "brackwell-1.txt": (
        "Huge fire destroys Brackwell furniture warehouse\n\nSixty firefighters fought a huge "
        "blaze at a furniture warehouse on the Millbank estate in Brackwell overnight. "
        "Ashdale Fire and Rescue said the roof of the Dunlow Furnishings building collapsed "
        "shortly after midnight. Night-shift workers were evacuated and nobody was hurt. "
        "Residents were told to keep windows and doors closed because of the smoke."
    ),
    "brackwell-2.txt": (
        "Night-shift staff flee as warehouse roof falls in\n\nWorkers on the night shift at "
        "Dunlow Furnishings in Brackwell ran from the building as its roof fell in during a "
        "fire that burned for nine hours. Ashdale Fire and Rescue sent twelve engines to the "
        "Millbank estate. The company said its stock of sofas and beds was lost, and that "
        "staff would be paid while the site was cleared."
    ),
    "brackwell-3.txt": (
        "Brackwell warehouse fire: what we know\n\nA fire destroyed the Dunlow Furnishings "
        "warehouse on the Millbank estate in Brackwell in the early hours. Twelve fire "
        "engines attended and the blaze was out by mid-morning. Smoke could be seen across "
        "the town, and the Millbank road stays closed. The cause is being investigated."
    ),
    "hollinsby-1.txt": (
        "Arson probe after fire guts Hollinsby recycling warehouse\n\nPolice are treating a "
        "fire that gutted a paper recycling warehouse in Hollinsby as deliberate after two "
        "people were seen running from the yard. Ashdale Fire and Rescue sent eight engines "
        "to Quarry Lane. It comes a day after a blaze destroyed a furniture warehouse in "
        "Brackwell. Detectives have asked for dashcam footage from the area."
    ),
    "hollinsby-2.txt": (
        "Two seen running from Hollinsby depot before blaze\n\nDetectives want to trace two "
        "people seen running from the Greaves Paper recycling depot on Quarry Lane in "
        "Hollinsby minutes before it went up in flames. Eight engines fought the fire. The "
        "owner, Sam Greaves, said bales of card worth 200,000 pounds were lost. Firefighters "
        "were still at the Brackwell warehouse when the call came."
    ),
    "hollinsby-3.txt": (
        "Hollinsby recycling fire treated as deliberate\n\nA fire at the Greaves Paper "
        "recycling depot in Hollinsby is being treated as arson, police said. The warehouse "
        "on Quarry Lane was gutted and eight fire engines attended. Sam Greaves said the "
        "business would reopen within a month. Anyone who saw two people on Quarry Lane "
        "late on Tuesday has been asked to contact police."
    ),
}


def test_two_fires_of_one_kind_in_two_towns_are_two_stories(make_folder):
    groups = files_of(build(make_folder(TWO_FIRES), BuildOptions()))
    assert sorted(groups) == [
        ["brackwell-1.txt", "brackwell-2.txt", "brackwell-3.txt"],
        ["hollinsby-1.txt", "hollinsby-2.txt", "hollinsby-3.txt"],
    ]


def test_a_folders_own_places_are_what_it_names_as_places():
    from brief.models import Document as Doc
    from brief.stories import placed_names

    def document(k: int, text: str) -> Doc:
        return Doc(id=str(k), path=Path(f"{k}.txt"), title="", paragraphs=(text,))

    names = placed_names(
        [
            document(1, "A fire in Brackwell. Flooding near Kestlow Park in Humboldt County."),
            document(2, "Crews in Brackwell, near Kestlow Park and in Humboldt County."),
            document(3, "In Sam's view, the vote in Paris in December was in Hollinsby's hands."),
            document(4, "In Sam's opinion the rally in Paris in December was late."),
            document(5, "Homes in Hollinsby were flooded."),
        ]
    )
    # Named as a place by two documents; "County" and "Park" are parts of names, Paris is
    # the gazetteer's, December a month, "in Sam's" and "in Hollinsby's" possessives, and
    # Hollinsby is placed by one document only.
    assert names == {"brackwell", "kestlow", "humboldt"}


def test_a_markdown_listing_under_day_subheadings_joins_no_story(make_folder):
    # A clipped "What's on" whose days are Markdown subheadings: the reader dropped them,
    # so its priced entries read as a news item and one joined the ice rink's report.
    listing = (
        '---\ntitle: "What\'s on this weekend"\nsource: Kestlow Echo\n---\n\n'
        "# What's on this weekend\n\nOur pick of things to do across the county.\n\n"
        "## Friday 27 November\n\n"
        "- **Riverside Ice Rink opens, Kestlow** – 4pm onwards, by the footbridge. £8 adults.\n"
        "- **Quiz Night, Brackwell Village Hall** – 7.30pm. £3 per person.\n\n"
        "## Saturday 28 November\n\n"
        "- **Christmas Lights Switch-On, Hollinsby** – lantern parade 4pm. Free.\n"
        "- **Craft Fair, Kestlow Methodist Hall** – 10am–3pm, tombola. Free entry.\n"
    )
    rink = (
        "Kestlow's riverside ice rink opens on Friday\n\nKestlow's first outdoor ice rink opens"
        " on Friday beside the footbridge, with skating until 9pm every evening until"
        " January. Tickets cost £8 for adults, and the council expects 20,000 skaters. The"
        " rink was paid for by the town's business district and local sponsors."
    )
    briefing = build(make_folder({"whats-on.md": listing, "rink.txt": rink}), BuildOptions())
    assert sorted(files_of(briefing)) == [["rink.txt"], ["whats-on.md"]]
    data = json.loads(render(briefing, "json"))
    kinds = {s["title"]: s["page"] for s in data["stories"] + data["also"]}
    assert sorted(kinds.values(), key=str) == ["Listings", None]


# One town's morning: a crash on its bypass told by two outlets in their own words, and two
# other items on the same road (a housing plan beside it, gas works that send traffic
# along it), each naming the town and the bypass, the plan also the roundabout, the council
# and its leader. Their words are the town's; their headlines say three different things.
# Without the headlines' disagreement the housing plan was the crash's story.
BYPASS_CRASH = (
    "Lorry and car crash closes Carnforth bypass for six hours\n\n"
    "The Carnforth bypass was closed for almost six hours on Tuesday after a lorry and a"
    " car collided near the Wexley Cross roundabout. The driver of the car, a man in his"
    " forties, was airlifted to Hallam General Hospital with serious injuries.\n\n"
    "Paramedics, two fire crews and the air ambulance attended. The lorry, carrying animal"
    " feed, shed part of its load across both lanes, and a recovery crane was needed to"
    " lift it. Sergeant Paul Mercer said officers were examining dashcam footage and asked"
    " witnesses to call 101 quoting log 214.\n\n"
    "Councillor Irene Pasco, leader of Dunmore County Council, said the road had seen too"
    " many collisions."
)
BYPASS_CRASH_AGAIN = (
    "Driver airlifted after collision on Carnforth bypass\n\n"
    "A motorist was flown to Hallam General Hospital after his hatchback and a lorry"
    " collided on the Carnforth bypass on Tuesday morning. The lorry driver was unhurt.\n\n"
    "The crash happened just after 7am. Spilled animal feed and diesel covered the"
    " carriageway, and the road did not reopen until early afternoon. Sergeant Paul Mercer"
    " appealed for dashcam footage from drivers who passed the scene.\n\n"
    "Commuters described sitting in queues for more than an hour. One, nurse Abby Lowther,"
    " said she had been late for her shift for the first time in ten years."
)
BYPASS_HOMES = (
    "Residents object to 48 homes off Mill Lane\n\n"
    "More than 200 residents have objected to plans for 48 homes on fields off Mill Lane,"
    " Carnforth, beside the bypass.\n\n"
    "Objectors say the site floods every winter, that the village school has no places"
    " left, and that the meadow is home to barn owls and great crested newts. Retired"
    " teacher Graham Oakes, who organised a petition, said the field was the last green"
    " gap between the town and the hamlet of Upper Wexley.\n\n"
    "They also fear more traffic at the Wexley Cross roundabout, where queues already"
    " reach the bypass every morning. The developer, Thornfield"
    " Homes, says a new junction onto the bypass would take the traffic. Councillor Irene"
    " Pasco, leader of Dunmore County Council, said every objection would be read."
)
BYPASS_GAS = (
    "Eight weeks of gas main works to start in Carnforth\n\n"
    "Work to replace a Victorian gas main under Fore Street in Carnforth will start on"
    " Monday and last eight weeks.\n\n"
    "Northern Gas Networks says the cast iron pipe, laid in 1886, will be replaced with"
    " plastic in six sections, so that shops can stay open and deliveries can reach them"
    " before 10am. Temporary traffic lights will be used at each section, and the market"
    " will move to the car park behind the library until the works end.\n\n"
    "Traffic will be diverted along the Carnforth bypass, and queues are expected at peak"
    " times. The work will stop for Christmas week."
)


def test_one_towns_crash_and_planning_row_on_its_bypass_are_two_stories(make_folder):
    folder = make_folder(
        {
            "crash.txt": BYPASS_CRASH,
            "crash-again.txt": BYPASS_CRASH_AGAIN,
            "homes.txt": BYPASS_HOMES,
            "gas.txt": BYPASS_GAS,
        }
    )
    assert sorted(files_of(build(folder, BuildOptions()))) == [
        ["crash-again.txt", "crash.txt"],
        ["gas.txt"],
        ["homes.txt"],
    ]


def regional_stories(county: str) -> dict[str, int]:
    """The story of each file of a made-up regional folder of benchmarks/regional."""
    folder = Path(__file__).parent.parent / "benchmarks" / "regional" / county
    documents, _ = load_folder(folder)
    return {
        d.path.name: k
        for k, group in enumerate(group_documents(documents))
        for d in group.documents
    }


def assert_alone(county: str, apart: str, event: str) -> None:
    """That the file of `county` whose name starts with `apart` is a story of its own,
    apart from the one whose name starts with `event`."""
    story = regional_stories(county)
    (alone,) = [name for name in story if name.startswith(apart)]
    (other,) = [name for name in story if name.startswith(event)]
    assert story[alone] != story[other]
    assert sum(1 for k in story.values() if k == story[alone]) == 1


@pytest.mark.parametrize(
    ("county", "apart", "event"),
    [
        # A crash on a road near a small town, and the night closures planned on the same
        # road for resurfacing ("not connected with Tuesday's crash"): the town's name,
        # unknown to English, gave 0.34 of their cosine of 0.48.
        ("fife", "Night-time closures planned on A92", "A92 reopens after six-hour closure"),
        # A food pantry's record day and an obituary of one of its volunteers.
        ("corliss", "clip-126.txt", "e91b06.html"),
        # Objectors to a housing plan who cite the week's flood, and the flood.
        ("harrowmoor", "note-05.md", "2be87a.html"),
    ],
)
def test_a_towns_name_alone_does_not_make_its_items_one_story(county, apart, event):
    # The folder's own towns weigh as a story's common words do (stories.PLACE_TERM_WEIGHT):
    # made-up regional folders of benchmarks/regional, where each of these was a merge.
    assert_alone(county, apart, event)


@pytest.mark.parametrize(
    ("county", "apart", "event"),
    [
        # A county council's budget consultation and its plan for three-weekly bin
        # collections: the council leader and the opposition leader quoted in both.
        ("fallowmere", "6e9a21.html", "note-19.md"),
        # A council's phone tower refusal and the masterplan it adopted at the same meeting:
        # the mayor and a councillor quoted in both.
        ("tasmania", "Councillors knock back 30m phone tower", "Beach-goers fume over Bluff"),
    ],
)
def test_officials_quoted_on_two_items_do_not_make_them_one_story(county, apart, event):
    # Officials' names weigh as a story's common words do (stories.OFFICIAL_WEIGHT): made-up
    # regional folders of benchmarks/regional, where each of these was a merge.
    assert_alone(county, apart, event)


def test_a_follow_up_quoting_the_officials_of_another_item_stays_with_its_event():
    # A highway's closure told by four reports and a follow-up with residents' complaints,
    # which quotes the warden and the ministry's spokesperson, as the resurfacing tender
    # for the same highway does: the follow-up joined the tender, apart from its event.
    story = regional_stories("southshore")
    follow_up = story["Beacon - Detour chaos on Highway 325.md"]
    closure = [name for name in story if name.startswith("Highway 103 near Blockhouse")]
    assert len(closure) == 2 and all(story[name] == follow_up for name in closure)
    assert story["tide973_news_feed.xml#4"] != follow_up


def test_a_newsletters_own_name_does_not_make_its_items_one_story():
    # Two items of the "Ostmere & District Community Newsletter", a health centre's
    # Saturday clinics and a councillor's word on the county's bus strike, were one story by
    # "Ostmere" (the newsletter names its village in every item); the second belongs with
    # the strike's reports.
    assert_alone("harrowmoor", "nl-0407", "nl-0411")
    story = regional_stories("harrowmoor")
    assert story["nl-0411.eml"] == story["7d02ce.html"]
