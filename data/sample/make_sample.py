#!/usr/bin/env python3
"""Writes the precis sample data (stories.jsonl, articles.jsonl, txt/, html/) from the
articles below. Every story, outlet, person and quote here is invented for testing; any
resemblance to real events is accidental. Run from anywhere: python3 data/sample/make_sample.py
"""
import html
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# Invented outlets: (name, url host).
NWS = ("Northfield Wire Service", "nws.example")
COURIER = ("The Caldwick Courier", "courier.example")
LEDGER = ("Pacific Ledger", "pacificledger.example")
KRVN = ("KRVN News 9", "krvn9.example")
SIGNAL = ("Metro Daily Signal", "signal.example")
CPA = ("Continental Press Agency", "cpa.example")
HARBOR = ("The Harbor Ledger", "harborledger.example")

# A paragraph of the recall story, reused as padding in a transit article (the kind of
# "also today" brief that summarizers must not mistake for the story).
RECALL_BRIEF = (
    "In other news, Corvane Inc. said Tuesday it would recall about 41,000 batteries sold "
    "with its Vela electric bicycles after a dozen fires. Owners were told to stop charging "
    "the packs and to call the company for a free replacement.")

STORIES = [
  {
    "id": "caldwick-dam",
    "query": "What happened at the Brenmoor Dam and how did Caldwick respond?",
    "references": [
      "About 4,200 Caldwick, Ore., residents were evacuated on March 11, 2024, after "
      "engineers found a 30-foot crack in the Brenmoor Dam spillway on the Lisle River. "
      "Operators lowered the reservoir with pumps and extra releases. The order was lifted "
      "on March 13 and repairs were estimated at $3.8 million.",
      "A cracked spillway at Brenmoor Dam forced the evacuation of 4,200 people from "
      "Caldwick. Crews drew the reservoir down by about six feet in two days, the river "
      "stayed below flood stage, and residents went home Wednesday. The state will pay for "
      "$3.8 million in repairs.",
    ],
    "articles": [
      {
        "id": "nws-2024-0311-dam", "outlet": NWS, "date": "2024-03-11",
        "slug": "2024/03/11/caldwick-dam-spillway",
        "title": "Crews Race to Shore Up Cracked Spillway as Caldwick Evacuates",
        "text": [
          "CALDWICK, Ore. (NWS) \u2014 About 4,200 residents of Caldwick were ordered to "
          "leave their homes Monday after engineers found a 30-foot crack in the spillway of "
          "the Brenmoor Dam, which holds back the Lisle River three miles upstream of the "
          "town.",
          "Sheriff Dana Whitlock said the order covered every street within a mile of the "
          "river. \"We are not waiting to find out how bad this gets,\" she said at a 6 a.m. "
          "briefing. \"If you live in the zone, go now.\"",
          "The dam's operator, the Lisle Valley Water District, said the crack was spotted "
          "during a routine inspection on Sunday evening. Its director, Mr. Samuel Okafor, "
          "said the dam itself was sound but the spillway could fail if heavy rain kept "
          "falling.",
          "A U.S. Geological Survey gauge below the dam showed the river rising about 4 "
          "inches an hour by midday. Shelters opened at Caldwick High School and at the "
          "county fairgrounds.",
        ],
      },
      {
        "id": "courier-2024-0311-dam", "outlet": COURIER, "date": "2024-03-11",
        "slug": "news/evacuation-ordered-brenmoor",
        "title": "Evacuation Ordered After Crack Found in Brenmoor Dam Spillway",
        "text": [
          "CALDWICK, Ore. (NWS) \u2014 About 4,200 residents of Caldwick were ordered to "
          "leave their homes on Monday after engineers found a 30-foot crack in the spillway "
          "of the Brenmoor Dam, which holds back the Lisle River three miles upstream of the "
          "town.",
          "Sheriff Dana Whitlock said the order covered every street within a mile of the "
          "river. \"We are not waiting to find out how bad this gets,\" she said at a 6 a.m. "
          "briefing. \"If you live in the zone, go now.\"",
          "The dam's operator, the Lisle Valley Water District, said the crack was spotted "
          "during a routine inspection on Sunday evening. Its director, Mr. Samuel Okafor, "
          "said the dam itself was sound.",
          "Shelters opened at Caldwick High School and at the county fairgrounds.",
          "(Compiled from Northfield Wire Service reports.)",
        ],
      },
      {
        "id": "ledger-2024-0312-dam", "outlet": LEDGER, "date": "2024-03-12",
        "slug": "oregon/brenmoor-reservoir-lowered",
        "title": "Pumps Lower Brenmoor Reservoir as Engineers Study Spillway Crack",
        "text": [
          "CALDWICK, Ore. \u2014 Engineers lowered the Brenmoor Reservoir by nearly four feet "
          "on Tuesday, easing pressure on a cracked spillway that forced about 4,200 people "
          "from their homes a day earlier.",
          "Mr. Okafor, director of the Lisle Valley Water District, said eight portable "
          "pumps were moving about 2.5 million gallons an hour into an old diversion canal. "
          "\"Every foot we take off the top buys us time,\" he said.",
          "The 30-foot crack runs across the concrete chute that carries overflow around the "
          "dam. Dr. Lena Ivers, a dam-safety engineer hired by the district, said the crack "
          "was probably caused by water freezing inside an old seam during a cold snap in "
          "January.",
          "Sheriff Whitlock said the evacuation order would stay in place at least until "
          "Wednesday. About 600 people spent Monday night in the two shelters; most others "
          "stayed with relatives.",
        ],
      },
      {
        "id": "krvn-2024-0313-dam", "outlet": KRVN, "date": "2024-03-13",
        "slug": "local/caldwick-residents-return",
        "title": "Caldwick Residents Head Home as Dam Evacuation Is Lifted",
        "text": [
          "Caldwick residents began returning home Wednesday after officials lifted the "
          "evacuation order at 4 p.m., two days after a crack was found in the Brenmoor Dam "
          "spillway.",
          "The reservoir is now about six feet below its level on Monday, and the Lisle River "
          "never reached flood stage in town, Sheriff Dana Whitlock said.",
          "Gov. Elena Marsh, who toured the dam by helicopter, said the state would pay for "
          "repairs estimated at $3.8 million. \"The people of Caldwick did exactly what we "
          "asked,\" Ms. Marsh said. \"Now it is our turn.\"",
          "Work on the spillway is expected to last through the summer. The water district "
          "said the reservoir would be kept low until then.",
        ],
      },
    ],
  },
  {
    "id": "vela-recall",
    "query": "Why did Corvane recall Vela e-bike batteries?",
    "references": [
      "Corvane Inc. recalled about 41,000 Vela e-bike batteries on April 2, 2024, after 12 "
      "fires, one of which destroyed a garage. Owners of packs made between January 2022 and "
      "August 2023 were told to stop charging them and get a free replacement. Corvane's "
      "shares fell 6.4 percent, and a class action followed.",
      "After a dozen fires, Corvane recalled 41,000 batteries sold with its Vela electric "
      "bicycles and offered free replacements or refunds. A faulty cell separator from one "
      "supplier was blamed. The stock dropped and owners sued.",
    ],
    "articles": [
      {
        "id": "signal-2024-0402-vela", "outlet": SIGNAL, "date": "2024-04-02",
        "slug": "business/corvane-recalls-vela-batteries",
        "title": "Corvane Recalls 41,000 E-Bike Batteries After Fires",
        "text": [
          "Corvane Inc. said Tuesday it would recall about 41,000 batteries sold with its "
          "Vela electric bicycles after 12 reports of packs catching fire while charging, "
          "including one blaze that destroyed a garage in Fenwick, Wash.",
          "No one has been seriously hurt, the company said. Owners were told to stop "
          "charging the batteries at once and to call Corvane for a free replacement.",
          "\"Safety has to come before sales,\" said Mr. Hiroshi Tanaka, Corvane's chief "
          "executive. \"We would rather replace every pack than risk one more fire.\"",
          "The recall covers model No. VB-36 batteries made between Jan. 2022 and Aug. 2023. "
          "Corvane sells the Vela in the U.S. and Canada for about $1,900.",
        ],
      },
      {
        "id": "cpa-2024-0402-vela", "outlet": CPA, "date": "2024-04-02",
        "slug": "wire/corvane-battery-recall",
        "title": "E-Bike Maker Corvane Pulls Batteries; Shares Slide",
        "text": [
          "SEATTLE (CPA) \u2014 Shares of Corvane Inc. fell 6.4 percent to $18.20 on Tuesday "
          "after the e-bike maker announced a recall of roughly 41,000 batteries linked to a "
          "dozen fires.",
          "Analysts said the recall could cost the company between $30 million and $45 "
          "million. \"The bigger risk is the brand,\" said Ruth Adeyemi, an analyst at Brisk "
          "Hill Securities.",
          "Chief executive Hiroshi Tanaka said the fires were traced to a faulty cell "
          "separator from a single supplier, which the company has since dropped.",
          "The affected VB-36 packs were sold with Vela bicycles in the U.S. and Canada.",
        ],
      },
      {
        "id": "harbor-2024-0403-vela", "outlet": HARBOR, "date": "2024-04-03",
        "slug": "consumer/vela-owners-recall-what-to-do",
        "title": "Vela Owners Scramble After Battery Recall",
        "text": [
          "Owners of Vela e-bikes said Wednesday they were parking their bicycles and "
          "waiting for answers, a day after Corvane Inc. recalled about 41,000 batteries.",
          "\"I ride it to work every day. Now it sits in the yard, unplugged,\" said Marco "
          "Lindqvist, a nurse who bought his Vela in 2022.",
          "Corvane said owners can choose a free replacement battery, expected to ship within "
          "six weeks, or a refund of $640 for the pack. A recall line is open from 8 a.m. to "
          "8 p.m. on weekdays.",
          "Fire officials advised owners to store recalled packs outdoors or in a garage, away "
          "from anything that can burn, and never to charge them overnight.",
        ],
      },
      {
        "id": "nws-2024-0404-vela", "outlet": NWS, "date": "2024-04-04",
        "slug": "2024/04/04/corvane-lawsuit",
        "title": "Vela Owners Sue Corvane Over Battery Fires",
        "text": [
          "FENWICK, Wash. (NWS) \u2014 Two owners of Vela electric bicycles filed a proposed "
          "class action against Corvane Inc. on Thursday, two days after the company "
          "recalled about 41,000 of its batteries.",
          "The suit says Corvane knew of overheating complaints as early as last fall. The "
          "company said it acted \"as soon as the pattern was clear\" and would fight the "
          "claims.",
          "Dr. Priya Raman, who studies battery safety at Westbrook University, said a bad "
          "separator can let a cell short-circuit as it charges. \"Once one cell runs away, "
          "the heat spreads to the rest of the pack in seconds,\" she said.",
          "The garage fire in Fenwick last month caused about $85,000 in damage.",
        ],
      },
    ],
  },
  {
    "id": "port-averly-strike",
    "query": "How did the Port Averly transit strike end?",
    "references": [
      "Port Averly's nine-day transit strike ended on May 21, 2024, when the city and the "
      "Transit Workers Local 58 reached a deal giving 2,300 bus and tram workers a 14 percent "
      "raise over three years and new rules on shift breaks. Service for about 210,000 daily "
      "riders resumed the next day.",
      "Bus and tram drivers in Port Averly went back to work after nine days on strike. The "
      "union won a 14 percent raise over three years and limits on split shifts; the mayor "
      "said fares would not rise this year.",
    ],
    "articles": [
      {
        "id": "harbor-2024-0520-strike", "outlet": HARBOR, "date": "2024-05-20",
        "slug": "city/transit-strike-day-nine",
        "title": "Transit Strike Enters Ninth Day as Talks Resume",
        "text": [
          "PORT AVERLY \u2014 Buses and trams stood idle for a ninth day on Monday as the city "
          "and the union for 2,300 transit workers returned to the bargaining table.",
          "The strike has stranded many of the system's roughly 210,000 daily riders. "
          "Downtown shops say sales have fallen by a third.",
          "Carla Brandt, president of Transit Workers Local 58, said the union wanted a "
          "raise of 5 percent a year and an end to split shifts that keep drivers on call for "
          "up to 13 hours. \"Our members are exhausted, not greedy,\" Ms. Brandt said.",
          "Mayor Tomas Reyes said the city had offered 3 percent a year. \"There is a deal "
          "to be made this week,\" he said.",
        ],
      },
      {
        "id": "signal-2024-0521-strike", "outlet": SIGNAL, "date": "2024-05-21",
        "slug": "city/port-averly-strike-deal",
        "title": "Deal Ends Port Averly Transit Strike",
        "text": [
          "Port Averly's transit strike ended early Tuesday when city negotiators and "
          "Transit Workers Local 58 agreed on a three-year contract after an all-night "
          "session.",
          "The deal gives the 2,300 drivers, mechanics and station staff a raise of 14 "
          "percent over three years and limits split shifts to two a week. Members are "
          "expected to ratify it on Friday.",
          "\"Nobody got everything, and that is how you know it is fair,\" said Mayor Tomas "
          "Reyes, who promised that fares would not go up this year.",
          "Buses and trams will run a full schedule starting Wednesday at 5 a.m., the city "
          "said.",
        ],
      },
      {
        "id": "nws-2024-0521-strike", "outlet": NWS, "date": "2024-05-21",
        "slug": "2024/05/21/port-averly-transit",
        "title": "Port Averly Transit Workers Reach Deal, Ending 9-Day Strike",
        "text": [
          "PORT AVERLY (NWS) \u2014 Transit workers in Port Averly reached a tentative "
          "agreement with the city on Tuesday, ending a nine-day strike that halted buses and "
          "trams for about 210,000 daily riders.",
          "Under the deal, pay rises 14 percent over three years. Union president Carla Brandt "
          "called it \"a contract our members can live on.\"",
          "The strike began May 12 after talks broke down over pay and split shifts. It was "
          "the city's first transit walkout since 1998.",
        ],
      },
      {
        "id": "ledger-2024-0522-strike", "outlet": LEDGER, "date": "2024-05-22",
        "slug": "region/port-averly-service-resumes",
        "title": "Buses Roll Again in Port Averly",
        "text": [
          "PORT AVERLY \u2014 Commuters packed the first buses out of the Harbor Street depot "
          "at 5 a.m. Wednesday as service resumed after a nine-day strike.",
          "\"I walked four miles each way last week,\" said Amina Osei, waiting for the No. 7 "
          "tram. \"I have never been so happy to see a bus.\"",
          "City officials said some routes would run late for a day or two while vehicles "
          "were inspected. The new contract, which raises pay 14 percent over three years, "
          "goes to a union vote on Friday.",
          RECALL_BRIEF,
        ],
      },
    ],
  },
]

# Which articles also appear as .txt files and HTML pages.
TXT_IDS = ["nws-2024-0311-dam", "cpa-2024-0402-vela", "signal-2024-0521-strike"]
HTML_IDS = ["ledger-2024-0312-dam", "harbor-2024-0403-vela"]


def url_of(article):
    return "https://%s/%s" % (article["outlet"][1], article["slug"])


def body_of(article):
    return "\n\n".join(article["text"])


def flat_record(article):
    return {
        "id": article["id"], "title": article["title"], "date": article["date"],
        "source": article["outlet"][0], "url": url_of(article), "text": body_of(article),
    }


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


HTML_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | {outlet}</title>
<meta property="og:site_name" content="{outlet}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{date}T07:30:00Z">
<style>
  body {{ font-family: Georgia, serif; }} nav a {{ margin-right: 1em; }}
  .ad {{ border: 1px solid #ccc; }}
</style>
<script>
  window.analytics = {{ page: "{slug}", paragraphs: "<p>not article text</p>" }};
</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sports">Sports</a>
  <a href="/subscribe">Subscribe &raquo;</a></nav>
<header class="masthead"><h1>{outlet}</h1><p>Independent news since 1921</p></header>
<div class="page">
<aside class="ad"><p>Advertisement: Spring sale on garden hoses, 20% off!</p></aside>
<article>
<header><h1>{title}</h1>
<p class="byline">By Staff Reporter &middot; <time datetime="{date}">{date}</time></p></header>
{paragraphs}
<div class="share"><button>Share</button> <button>Print</button></div>
</article>
<aside><h2>Most read</h2><ul><li>Ten tips for rainy weekends</li><li>Council meets Tuesday</li></ul></aside>
</div>
<footer><p>&copy; 2024 {outlet}. All rights reserved.</p><p><a href="/privacy">Privacy</a></p></footer>
<script src="/static/tracker.js"></script>
</body>
</html>
"""


def html_of(article):
    paragraphs = "\n".join("<p>%s</p>" % html.escape(p, quote=False) for p in article["text"])
    return HTML_PAGE.format(
        title=html.escape(article["title"]), outlet=html.escape(article["outlet"][0]),
        url=url_of(article), date=article["date"], slug=article["slug"],
        paragraphs=paragraphs)


def main():
    by_id = {}
    clusters, flat = [], []
    for story in STORIES:
        docs = []
        for a in story["articles"]:
            by_id[a["id"]] = a
            rec = flat_record(a)
            docs.append(rec)
            flat.append(rec)
        clusters.append({"id": story["id"], "query": story["query"], "documents": docs,
                         "references": story["references"]})
    # Flat articles in date order, stories interleaved, as a feed would deliver them.
    flat.sort(key=lambda r: (r["date"], r["id"]))
    write(os.path.join(HERE, "stories.jsonl"), jsonl(clusters))
    write(os.path.join(HERE, "articles.jsonl"), jsonl(flat))
    for aid in TXT_IDS:
        a = by_id[aid]
        write(os.path.join(HERE, "txt", aid + ".txt"), a["title"] + "\n\n" + body_of(a) + "\n")
    # One text file without a title line: its first line is a sentence (ends in a period).
    a = by_id["harbor-2024-0520-strike"]
    write(os.path.join(HERE, "txt", a["id"] + ".txt"), body_of(a) + "\n")
    for aid in HTML_IDS:
        write(os.path.join(HERE, "html", aid + ".html"), html_of(by_id[aid]))


if __name__ == "__main__":
    main()
