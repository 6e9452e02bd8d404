"""Features and benefits: a sentence (or a numbered run of sentences) listing three or more
product features or specifications, and a sentence stating what the product does for the
prospect ("so your crew hears about it hours earlier", "you'd save six hours a week").
"""

from __future__ import annotations

import re

from roleplay.language.asks import TIME_FOR_A_CHANGE
from roleplay.language.pricing import pricing
from roleplay.language.repair import first_names
from roleplay.language.text import (
    AnyOf,
    Caseless,
    Lazy,
    Rule,
    fold_accents,
    has_any,
    is_question,
    leftmost_match,
    lowercase,
)
from roleplay.language.times import time_slot

_SPEC_NUMBER = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety|hundred|thousand|a)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
)
# A feature or specification word: one regex ``\b(?:ai|...|engine)\b|<numbers and units>``,
# taken apart for speed. Its plain words are a set looked up among the item's word runs
# (``\bword\b`` matches exactly where ``word`` is a whole run of word characters); the
# rest are small regexes, each gated on the words it needs.
_FEATURE_PLAIN = frozenset(
    """
    ai realtime live dashboard dashboards analytics reporting report reports integration
    integrations integrate integrates api apis cloud mobile app apps portal portals tracking
    tracker trackers alert alerts notification notifications reminder reminders uptime module
    modules workflow workflows compliance compliant routing scoring summaries feed feeds capture
    upload uploads scheduling gps sms chat chatbot chatbots voip log logs template templates crm
    sso storage backup backups interface touchscreen battery sensor sensors camera cameras
    resolution bandwidth processor processors wireless bluetooth waterproof modular configurable
    omnichannel permissions approval approvals panel panels led magnetic charging feature
    features functionality update updates monitoring firewall software hardware ocr scanning
    scanner sdk widget widgets kiosk bot bots sentiment transcription telematics warranty spec
    specs port ports hd 4k ssd usb import export cad engine hipaa solar radar lidar sonar
    radio antenna satellite cellular infrared probe probes rechargeable stainless aluminum
    aluminium titanium telemetry mesh nodes weatherproof ruggedized firmware endpoints
    kubernetes graphql latency servers controller controllers logging logger loggers alarm alarms
    alarming backlit configurations connector connectors forecasting queries query digital coated
    coating cooling payload repeatability throughput torque axis plc plcs scada hmi rfid nfc iot
    cri kelvin dimmable dimming occupancy predictive modeling modelling scorecard scorecards
    accuracy precision checklist checklists e-signature e-signatures esignature esignatures
    antimicrobial antibacterial breathable stretch wicking pockets zippered insulated ergonomic
    adjustable reinforced washable embroidered embroidery hdr 3d drone drones aerials sensing cnc
    footprint programmable cordless batteries hdpe polyethylene polypropylene polycarbonate
    fiberglass fibreglass kevlar nestable stackable foldable collapsible detachable uv
    ultraviolet polyurethane uhmw nylon neoprene ceramic vulcanised vulcanized vinyl laminated
    matte glossy turnaround helpdesk endpoint qr offline inventory roster rosters rostering
    traceable traceability disinfection sterilisation sterilization diagnostics
    refrigerated refrigeration pasteurised pasteurized pasteurisation pasteurization
    homogenised homogenized certified
    """.split()
)
_WORD_RUN = Lazy(r"\w+")
_FEATURE_OTHER = AnyOf(
    Rule(
        r"\b(?:a\.i\.|ai-\w+|machine\s+learning|automat\w*|auto-\w+|real-time|sync\w*|e-?signatures?|encrypt\w*"
        r"|drag-and-drop|clock-?(?:in|out)|single\s+sign-on|self-service|plug-?ins?|add-?ons?|wi-?fi|customi[sz]able"
        r"|multi-(?!(?:location|site|store|unit|family|generational|year|million|billion|day|week|state)s?\b)\w+|audit\s+trails?|role-based|built-in|light\s*box(?:es)?|one-click|white-label|algorithm\w*"
        r"|geofenc\w*|biometric\w*|optimi[sz]\w*|neural\s+net\w*|sub-(?:second|millisecond)"
        # round the clock, a help desk: "24/7 helpdesk", "24x7 monitoring"
        r"|24/7|24x7|help\s+desk"
        # what it stands up to: "a cut-resistant top cover", "shatter-proof", "fire-rated"
        r"|[a-z]+-(?:resistant|proof|rated)|(?:double|single|two|one)[\s-]sided"
        # how it is driven: "vision-guided picking arms", "solar-powered", "voice-activated"
        r"|[a-z]+-(?:guided|powered|enabled|controlled|activated|assisted)"
        r"|self-(?:charging|cleaning|docking|calibrating|levell?ing|locking|driving|updating)"
        # how it is made, and of what: "hand-woven", "hundred percent sheep wool"
        r"|hand-(?:woven|made|stitched|sewn|painted|crafted|finished|knotted|blown|carved|loomed)"
        # "a built in charging counter", typed without its hyphen (not "we built in a delay")
        r"|built\s+in(?:(?<=\ba\sbuilt\sin)|(?<=\bthe\sbuilt\sin))"
        # typed without its hyphen: "auto start your pumps", "autofill"
        r"|auto[\s-]?(?:start|stop|shut\w*|fill|pay|renew\w*|sync|save|backup|updat\w*|dial\w*|reply|schedul\w*|adjust\w*|detect\w*"
        r"|calculat\w*|generat\w*|populat\w*|weigh\w*|feed\w*|clean\w*)s?)\b"
    ),
    # the same typed without hyphens ("real time", "sub second", "two way"), ordering
    # online, and what it fits and how fast it comes ("fits every major mill", "ships next
    # day"): a part of its own, gated on its words
    Rule(
        r"\b(?:sub\s(?:second|millisecond)|real\s+time|two[\s-]way|online\s+(?:booking|ordering|payments?|scheduling|forms?|portal|store|checkout)"
        r"|fits?\s+(?:every|all|any|most)|compatible|ships?\s+(?:the\s+)?(?:next|same)[\s-]day|(?:next|same)[\s-]day\s+(?:shipping|delivery)"
        # a touch screen, typed as two words or with a hyphen; heat won back, a spin's force
        r"|touch[\s-]screens?|(?:heat|energy)\s+recovery|g-?force)\b"
        # how it is printed: "full colour waiting room posters"
        r"|\bfull[\s-]colou?r\b",
        "sub real two online fit fits compatible ship ships next same full touch recovery force gforce",
    ),
    # what it plugs into: "it connects with Uber Eats and DoorDash", "which connect to your
    # till" (the product's verb after "it" or "which": not "I'd love to connect with you")
    Rule(
        r"\b(?:it|which|that)\s+(?:also\s+)?connects?\s+(?:straight\s+|directly\s+)?(?:with|to|into)\s+(?!you\b|me\b|us\b|people\b)\w",
        "connect connects",
    ),
    Rule(
        r"\b\d+(?:\.\d+)?\s*(?:%|percent)\s+(?:uptime|longer|faster|lighter|stronger|quieter|brighter|smaller"
        # (what it is made of: "100% merino wool")
        r"|(?:[\w-]+\s+){0,2}?(?:wool|cotton|silk|linen|leather|merino|cashmere|steel|copper|recycled|organic)\b)|\b\d+\+?\s+integrations|\b\d+-bit\b|\bsoc\s?2\b|\biso\s?\d+"
        r"|\b\d+(?:\.\d+)?\s*(?:gb|tb|mb|ghz|mbps|gbps|mp|megapixels?|hz|fps|kwh|mah|ppm|dpi)\b|\b\d+-speed\b"
        # an ingress rating, a protocol version: "ip67 housings", "ocpp 2.0.1"
        r"|\bip[56x][0-9x]\b|\b\d+\.\d+\.\d+\b"
        # a size, a listing: "10x20 booths", "160 by 220", "ul listed", "oeko-tex certified"
        r"|\b\d+\s?x\s?\d+\b|\b\d{2,}\s+by\s+\d{2,}\b|\b(?:ul|etl|ce|fcc|nsf|oeko-tex|gots|fsc|haccp|brc|iso)[\s-](?:listed|certified|rated|approved)\b"
        # a tolerance or a weight in grams written onto the figure: "plus minus 0.5g"
        r"|\b\d+(?:\.\d+)?(?:g|mg)\b"
        # a colour temperature, a rated life: "2700k warm white", "rated for 50,000 hours"
        r"|\b[1-9]\d{3}\s?k\b|\brated\s+(?:for|to|at)\s+(?:over\s+|up\s+to\s+)?[\d,]+\s+(?:hours|cycles)\b",
        "# listed certified rated approved",
    ),
    # ... the same said in words: "thirty percent lighter than hand layup"
    Rule(
        rf"\b{_SPEC_NUMBER}(?:[\s-]{_SPEC_NUMBER})?\s+percent\s+(?:uptime|longer|faster|lighter|stronger|quieter|brighter|smaller"
        r"|(?:[\w-]+\s+){0,2}?(?:wool|cotton|silk|linen|leather|merino|cashmere|steel|copper|recycled|organic)\b)",
        "percent",
    ),
    Rule(r"\bevery\s+(?:\d+|\w+)\s+(?:seconds|minutes)\b", "every"),
    # what it is rated to: "rated down to minus thirty", "rated for 40 kilos" (not "rated
    # at five stars")
    Rule(
        rf"\brated\s+(?:down\s+|up\s+)?(?:to|for|at)\s+(?:minus\s+|-|over\s+|up\s+to\s+)?(?:\d|{_SPEC_NUMBER}\b)(?![\w.,-]*\s+stars?\b)",
        "rated",
    ),
    # how much it gets through: "400 acres a day per crew", "forty loads an hour"
    Rule(
        rf"\b(?:\d[\d,.]*|{_SPEC_NUMBER})\s+[a-z]+\s+(?:a|an|per)\s+(?:day|hour|minute|shift)\s+per\s+(?:crew|machine|unit|line|truck|drone)\b"
        rf"|\b(?:\d[\d,.]*|{_SPEC_NUMBER})\s+(?:loads|pages|units|parts|scans|acres|pallets|cases|prints|cycles|bags|packs|pouches|bottles|cans|boxes|cartons|trays|pieces|items|labels)\s+(?:a|an|per)\s+(?:hour|minute|min|shift)\b",
        "day hour minute min shift",
    ),
    # a machine's specifications: "eighty-five feet of platform height", "a 1,000 lb capacity",
    # "four-wheel drive", "a 12-speed gearbox"
    Rule(
        # (not "we've learned a ton": a lot, said loosely)
        rf"\b(?!a[\s-]+tons?\b)(?:\d[\d,.]*|(?:{_SPEC_NUMBER}[\s-]){{0,3}}{_SPEC_NUMBER})[\s-](?:feet|foot|ft|inch(?:es)?|pounds?|lbs?|kg|kilos?|tons?|tonnes?|horsepower|hp|volts?|watts?|amps?|psi|rpm|gallons?|litres?|liters?|cc"
        r"|km|kilomet(?:er|re)s?|met(?:er|re)s?|mm|cm|millimet(?:er|re)s?|centimet(?:er|re)s?|degrees?|mph|kph|decibels?|db|microns?|btus?|lumens?"
        r"|megawatts?|kilowatts?|milliwatts?|milliamps?|mw|kw|gigs?|gigabits?|terabytes?|gigabytes?|nanomet(?:er|re)s?|nm"
        # a fabric's or a paper's weight: "three hundred gram weight", "a 300 gsm card"
        r"|grams?|grammes?|gsm)\b",
        "feet foot ft inch inches pound pounds lb lbs kg kilo kilos ton tons tonne tonnes horsepower hp"
        " volt volts watt watts amp amps psi rpm gallon gallons litre litres liter liters cc km kilometer"
        " kilometers kilometre kilometres meter meters metre metres mm cm millimeter millimeters millimetre"
        " millimetres centimeter centimeters centimetre centimetres degree degrees mph kph decibel"
        " decibels db micron microns btu btus lumen lumens megawatt megawatts kilowatt kilowatts mw kw"
        " gig gigs gigabit gigabits terabyte terabytes gigabyte gigabytes milliwatt milliwatts milliamp milliamps"
        " nanometer nanometers nanometre nanometres nm gram grams gramme grammes gsm",
    ),
    # how many ways it works: "three cure modes", "12 preset programs", "5 speed settings"
    Rule(
        rf"\b(?!a\b)(?:\d+|(?:{_SPEC_NUMBER}[\s-])?{_SPEC_NUMBER})\s+(?:[a-z]+\s+)?(?:modes|presets|settings|programs|channels|zones|attachments)\b",
        "modes presets settings programs channels zones attachments",
    ),
    Rule(r"\b(?:two|four|all|\d)[\s-]wheel[\s-]drive\b", "wheel"),
    # a model range named by its code: "the BF-9 series", "an X200 model"
    Rule(r"\b[a-z]{1,4}-?\d{1,4}[a-z]?\s+(?:series|models?|line)\b", "series model models line"),
    # a data centre's ratings: "tier 3", "2n power"
    Rule(
        r"\btier\s+(?:[1-4]|iv|iii|ii|one|two|three|four)\b|\b2n\s+(?:power|cooling|redundancy|redundant|ups)\b",
        "tier power cooling ups redundancy redundant",
    ),
)


def _has_feature_word(item: str) -> bool:
    """A feature or specification word in ``item``."""
    if not _FEATURE_PLAIN.isdisjoint(_WORD_RUN.findall(lowercase(item))):
        return True
    return _FEATURE_OTHER.matches(item)


_PRODUCT_FRAME = Rule(
    # ("it get" as West African Englishes say "it has": "this new model, it get 150cc engine,
    # disc brake front and back, ...")
    r"\b(?:we\s+have|we've\s+got|it\s+has|it\s+get|it's\s+got|it\s+includes|includes|including|comes\s+with|you\s+get|we\s+offer|it\s+offers|features|built\s+in)\b"
)
# One clause of a spec sheet said as what the product does: "it scans on any phone".
_IT_CAN = Caseless(
    # (not "it does take time", "it has been a year": a verb of its own after the "do")
    r"\s*(?:it|it\s+also|it\s+even)\s+(?:(?:has|does)(?!\s+(?:been|to|had|got|take|cost|work|feel|help|need|make|get|"
    r"look|seem|matter|happen|mean|sound|hurt|go|come|depend|vary|change|not|n't)\b)|scans|prints|pays|tracks|sends|syncs|connects|reads|stores|"
    r"calculates|alerts|integrates|supports|records|logs|measures|monitors|charges|heats|cools|cleans|cuts|"
    r"folds|fits|runs\s+on|works\s+(?:on|with|offline)|comes\s+with|plugs\s+into"
    # ("it makes the report cards automatically, ..., it follows who has paid the fees")
    r"|makes(?!\s+(?:sense|it|things|life|a\s+difference|no\s+difference|me|us|you)\b)|generates|creates|follows|shows|manages|handles|automates"
    r"|schedules|reminds|notifies|updates|keeps\s+track"
    # ("it does the full count in sixty seconds, it uses only twenty microlitres, it gives
    # twenty-nine parameters")
    r"|uses|gives|holds|detects|analy[sz]es|processes|produces|accepts|takes\s+only|needs\s+only)\b"
)
_LIST_SPLIT = Caseless(r",|;|:|\band\b|\bor\b|\bplus\b|\bas\s+well\s+as\b")
_OUTCOME_LEAD = Rule(
    r"^\s*(?:no\s+more|fewer|less|more|faster|lower|higher|save[sd]?|saving|better|cut|reduce[sd]?|happier|zero|never|so\s+(?:you|your))\b"
)


# The product as the subject, then what it has: "we have", "it comes with", "you get",
# "our platform offers", "Trellis does A, B and C". Not "we have worked with...".
_PRODUCT_CUE = Rule(
    r"\b(?:we|it|this|that|they|these|those|the\s+(?:platform|system|app|tool|software|product|unit|device|service|kit|package|plan|solution|machines?|units|models?)"
    r"|our\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:also\s+|now\s+|even\s+)?"
    r"(?:have|has|'ve\s+got|'s\s+got|got|offers?|includes?|provides?|supports?|features?|comes?\s+with|gives?\s+you|bundles?|ships?\s+with"
    r"|do|does|handles?|covers?|manages?|automates?|tracks?|takes?\s+care\s+of|looks?\s+after|deals?\s+with|supplies|supply|installs?|runs?(?<!\bthey\srun)(?<!\bthese\srun)(?<!\bthose\srun))\s+"
    r"(?!(?:been|worked|helped|seen|done|had|made|found|spoken|talked|heard|grown|served|partnered|saved|noticed|learned|gone|come|become|run|started|launched|hired|to|no|not|never|any|some\s+questions?"
    r"|a\s+lot|alot|lots|loads|plenty|this|that|it|what|everything|anything|all\s+of|more|most|business|work|well|great|things"
    # (what we have is before the verb: "a contact record we have for corvid tool and die")
    r"|for|on|in|at|from|about|of|since|here|there"
    # (a verb of its own, "got" not having: "then we got into the panel side", "we got
    # started with...", "we got lucky")
    r"|into|onto|through|together|started|going|stuck|lucky|busy|bigger|used|involved|married)\b)"
    r"|\b(?:we'd|we\s+would|we'll|we\s+will|i'd|i\s+would)\s+(?:be\s+looking\s+at|look\s+at|provide|bring|supply|set\s+up|include|install|give\s+you|put\s+in|recommend|quote(?:\s+you)?)\s+"
    # "it's a donor crm with automated receipts, ...", "this is a booking app that has..."
    r"|\b(?:it's|its|it\s+is|this\s+is|that's)\s+an?\s+(?:[\w-]+\s+){0,3}?(?:platform|system|app|tool|crm|software|product|device|unit|service|solution|suite|kit|machine|appliance|sensor|camera|portal|dashboard"
    # ... or a thing to hold or mount: "it's a handheld with a built-in printer, ..."
    r"|handheld|terminal|reader|tablet|scanner|printer|tracker|monitor|router|robot|headset|thermostat|meter|gateway|kiosk|register|till"
    r"|console|controller|panel|charger)\s+"
    r"(?:with|that\s+(?:has|does|gives\s+you|includes))\s+"
    # ("it get" as West African Englishes say "it has": "this new model, it get 150cc
    # engine, disc brake front and back, ...")
    r"|\bit\s+get\s+(?!(?:to|better|worse|done|fixed|sorted|stuck|used|paid|lost|late|cold|hot|dark|a\s+(?:minute|chance))\b)"
    r"|\b(?:we've|weve|it's|its|they've|theyve)\s+got\s+|\byou(?<!whenever\syou)(?<!when\syou)(?<!if\syou)(?<!once\syou)(?<!until\syou)(?<!let\syou)(?:'d|\s+would|'ll|\s+will)?\s+(?:also\s+)?get\s+(?!(?:a|the)\s+(?:minute|sec|second|moment|chance)\b|time\b|back\b|a\s+call\b)|\b(?:includes|including|comes\s+with|built(?<!were\sbuilt)(?<!was\sbuilt)(?<!been\sbuilt)(?<!are\sbuilt)(?<!is\sbuilt)\s+in|on\s+top\s+of\s+that)\b\W*"
    r"|(?:^\W*(?:(?:ok|okay|so|and|well|basically|yeah|look|um|uh|oh|ah|anyway|right|totally|sure|absolutely|exactly|yep|yes|honestly|actually|real\s+quick|quickly)\W+)*(?:(?!(?:it|this|that|they|he|she|i|we|you|which|who|what|how|where|when|why|my|your|his|her|their)\s)\w+\s+){1,2}|\bour\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+)(?:also\s+)?(?:does|handles|covers|automates|offers|includes|provides|gives\s+you|comes\s+with)\s+"
    r"(?!(?:take|make|need|help|mean|work|cost|get|have|require|a\s+lot|alot|lots|loads|plenty)\b)",
    # the verb of every alternative, a whole word: half the listing sentences have none
    "have has got offer offers include includes provide provides support supports feature"
    " features come comes give gives bundle bundles ship ships do does handle handles cover"
    " covers manage manages automate automates track tracks take takes look looks deal deals"
    " supplies supply install installs run runs be bring set put recommend quote get including"
    " built top with",
)
# ... and a one-person business: "I now offer full brand identity, menu screens, ..."
# (at a clause's start: not "whether I sell things: yes, we design booths")
_MY_PRODUCT_CUE = Rule(
    r"(?:^|[.!?,;:]\s*|\s[-–—]+\s*|\b(?:and|so|but)\s+)\W*i\s+(?:now\s+|also\s+|even\s+)?(?:offer|provide|sell|supply)\s+",
    "offer provide sell supply",
)
_ITEM_SPLIT = Caseless(
    r",|;|\band\s+also\b|\band\b|\bplus\b|\bas\s+well\s+as\b|\bon\s+top\s+of\s+that\b|\balong\s+with\b|\bor\b"
)
# An item that is a clause or a benefit, not a noun phrase: "you'll...", "so you...", "no more X".
_NOT_NOUN_PHRASE = Rule(
    r"^\W*(?:you|we|i|they|he|she|it|it's|its|that|that's|thats|which|who|so|because|but|if|when|then|there|this|these|those|means|meaning|honestly|basically"
    # a time clause: "before the cruise ship season start" (not "after-sales support")
    r"|(?:before|after|until|till|while|unless|once)(?=\s)"
    # a clause of its own after "now": "and now we're producing for two chains"
    r"|now\s+(?:we|i|you|they|he|she|it)"
    r"|no\s+more|fewer|less|more|faster|lower|higher|happier|better|zero|never|save[sd]?|saving|cut|reduce[sd]?|is|are|was|were|can|will|would"
    # pleasantries closing a line: "ok, thanks manny, bye bye"
    r"|ok|okay|thanks|thank|bye|cheers|sure|right|anyway|talk|speak|take\s+care"
    # what they are asked to do: "give me a quick call back", "email me the new one"
    r"|(?:give|call|email|text|ring|let|drop|send)\s+(?:me|us)"
    # a clause with its subject dropped: "...tool and die and want to make sure it's right"
    r"|want|wanted|wanna|need|needed|hope|hoping|trying|just"
    # what was just said, named again before the list: "we automate exactly that, the
    # onboarding and the audit trail" (two items, not three)
    r"|exactly|precisely"
    # a clause about people ("everyone on your street has been thrilled with us"), or
    # praise trailing after it ("like, really happy"): no feature
    r"|everyone|everybody|nobody|someone|somebody|anyone|anybody"
    r"|like\s+(?:really|super|so|very|totally)"
    r"|(?:really|super|very|totally)\s+(?:happy|pleased|satisfied|glad|thrilled|good|great)\W*$"
    # ... or an intensifier alone, after a clause: "it make your bookings go up, really,
    # very much"
    r"|(?:really|very\s+much|so\s+much|a\s+lot|for\s+sure|truly|definitely|seriously)\W*$)\b"
)
# A clause inside an item, its subject and verb after a lead-in: "and with load shedding
# nowadays everyone is going solar" (the market, not a feature).
_CLAUSE_INSIDE = Rule(
    r"\b(?:everyone|everybody|nobody|people|they|we|he|she)\s+(?:is|are|was|were|'s|'re|has|have|had|will|would|keeps?|goes|go)\b"
    # ... or what someone wants or needs to do: "the tourists want to go out to the islands"
    r"|\b(?:want|wants|need|needs)\s+to\s+(?!be\b)[a-z]",
    "everyone everybody nobody people they we he she want wants need needs",
)
# Who or where, not what the product has: customers, offices, people, times.
_NOT_PRODUCT = Rule(
    # (or one person, said plainly: "we have a guy in poznan who does cold chain")
    r"\b(?:customers|clients|members|partners|people|staff|employees|reps|folks|technicians|techs|drivers|engineers|dispatchers?|guy|bloke|fella|chap|lady"
    r"|agents|specialists|consultants|account\s+managers)\b(?!\s+(?:portal|app|dashboard|login|list|database)\b)"
    r"|\b(?:offices\s+in|locations|branches|sites\s+in|like\s+yours|as\s+(?:customers|clients|partners|users))\b"
    # a count of who they serve, or a clause about them: "for about 2,000 restaurants",
    # "a few hundred of them run on your registers"
    r"|\bfor\s+(?:about\s+|over\s+|nearly\s+|almost\s+|some\s+|around\s+|roughly\s+)?\d[\d,]*\s+\w+"
    r"|\b(?:of\s+them|of\s+those|of\s+whom)\b"
    # a record read back: "we have Mark Delaney listed as your marketing manager, email..."
    r"|\blisted\s+(?:as|under)\b|[\w.+-]+@[\w-]+\.\w"
    # ... or named: "we have a three-year-old record for Corvid, Mark Delaney in marketing"
    r"|\b(?:record|entry|listing|contact\s+card)\s+(?:for|on|of|from)\b"
    # ... or checked: "to make sure we have the right contact details for you on file"
    r"|\b(?:right|correct|current|latest|up-to-date|up\s+to\s+date)\s+(?:contact\s+)?(?:details|info|information|records?|address|email|number|name|title)\b"
    r"|\b(?:in|on)\s+our\s+(?:records|database|files|contact\s+list|mailing\s+list)\b|\bon\s+file\b"
    # customers we have in common: "we have several hundred shared restaurants"
    r"|\b(?:shared|mutual|common|joint|overlapping)\s+(?:customers|clients|restaurants|accounts|users|stores|merchants|locations|members|sites|venues)\b"
    # a share of their customers: "several hundred of our restaurants run..."
    r"|\b(?:hundreds?|thousands?|dozens?|many|most|some|several|half|all|a\s+lot|lots|few|none)\s+of\s+our\b"
)


# "Roadsure has live GPS tracking, ..." -- a product name (capitalised, case-sensitive) as subject.
# Everything in one product: "so its one platform for payroll, benefits, time tracking and..."
# (apart from the rule above, whose gate would open on every "one")
_ONE_PRODUCT_CUE = Rule(
    r"\b(?:it's|its|it\s+is|this\s+is|that's)\s+(?:one|a\s+single|an\s+all-in-one)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:platform|system|app|tool|software|product|suite|portal|dashboard)\s+for\s+",
    "platform system app tool software product suite portal dashboard",
)
# What we built, then what it does: "we built a sync that pulls shift data every 15
# minutes, maps job codes and handles tip pools"
_BUILT_CUE = Rule(
    r"\b(?:we|i)\s+(?:built|made|designed|developed|created|wrote)\s+(?:a|an|our\s+own)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:platform|system|app|tool|software|product|suite|portal|dashboard|sync|integration|connector|module|engine|bot|plugin|feature)\s+(?:that|which)\s+"
    # ... or launched, then what is in it: "we just launched a new ergonomic line, sit-stand
    # desks with memory presets, mesh chairs..."
    r"|\bwe(?:'ve|\s+have)?\s+(?:just\s+|recently\s+)?(?:launched|released|rolled\s+out|introduced)\s+(?:a|an|our)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:line|range|collection|series|model|models|version|platform|product|system|app|suite|kit)\s*(?:,|:|with|that\s+(?:has|includes))\s*",
    "built made designed developed created wrote launched released rolled introduced",
)
# What we are, then a colon and the list: "a bit about my practice: fourteen years in
# bookkeeping, quickbooks and xero, payroll, sales tax..." (searched only where a colon is)
_COLON_CUE = Rule(
    r"\b(?:my|our)\s+(?:[\w-]+\s+)?(?:practice|firm|business|company|services|agency|shop|platform|product|app|software)\s*:\s*"
    # ... or the product named, then what it has: "It's Kalanso Stock: stock alerts by SMS,
    # the expiry dates, ..."
    r"|^\W*(?:(?:so|well|ok|okay|yes|ah|oh)\W+)*(?P<named>it's|its|it\s+is|this\s+is|that's|that\s+is)\s+(?:[\w-]+\s+){0,3}[\w-]+\s*:\s*"
    # ... or what the firm does, announced: "let me tell you what we do: quickbooks cleanup,
    # monthly reconciliations, payroll, ..."
    r"|\b(?:what|here's\s+what|here\s+is\s+what)\s+(?:i|we)\s+(?:do|offer|provide)\s*:\s*",
    "practice firm business company services agency shop platform product app software its it this that"
    " do offer provide",
)
# Ours against theirs: "yeah so ours is mesh nodes on every dock, weatherproof housings..."
_OURS_CUE = Rule(
    r"\b(?:ours|mine)\s+(?:also\s+)?(?:is|has|does|comes\s+with|includes|gives\s+you|'s\s+got|has\s+got)\s+"
    # ... or what ours are: "our scrubs are antimicrobial, four-way stretch, ..." (read as
    # "ours": two of its items must name features, not "our drivers are great, ...")
    r"|\bour\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:are|is)\s+(?:all\s+|also\s+)?",
    "ours mine our",
)
# A product's name: one or two capitalised words, not a pronoun.
_PRODUCT_NAME = (
    r"(?!(?:I|He|She|They|It|This|That|Which|Who|You|We|My|Your|His|Her|Their)\b)"
    r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+"
)
_PRODUCT_CUE_NAMED = Lazy(
    rf"^\W*(?:(?i:so|and|well|basically|yeah|look)\W+)*{_PRODUCT_NAME}"
    r"(?:also\s+)?(?:has|offers|includes|provides|gives\s+you|comes\s+with|does|handles|covers|automates"
    # (the progressive, as South Asian Englishes say it: "ClinicFlow is doing the online
    # bookings, SMS reminders, ...", also after a lead-in clause: "so just to tell you, ...")
    r"|is\s+doing(?=\s+the\s))\s+"
)
# ... the progressive after a lead-in clause (looked for only where "is doing the" is)
_PRODUCT_DOING_NAMED = Lazy(rf",\s+{_PRODUCT_NAME}is\s+doing(?=\s+the\s)\s+")


# A firm saying what work it does, not what a product has: its list names services ("we
# do monthly books, payroll and sales tax"), a spec sheet only when a feature is among them.
_SERVICE_CUE = Lazy(
    r"\bwe\s+(?:also\s+)?(?:do|handle|cover|manage|take\s+care\s+of|look\s+after|deal\s+with|run)\s+$"
    r"|\b(?:i|we)\s+(?:do|offer|provide)\s*:\s*$"
    # ... or the firm's: "a small practice that does monthly books, payroll and sales tax"
    r"|\b(?:that|which|who)\s+(?:also\s+)?(?:does|handles|covers|manages|takes\s+care\s+of|looks\s+after|deals\s+with|runs)\s+$",
    re.IGNORECASE,
)


# An item that is a clause of its own, opening on its subject: "I wondered if...".
_OWN_CLAUSE = Lazy(r"(?i)(?:i|we|you|i'd|i'm|we'd|we're|i've|we've)\s+[a-z]")

# ... the caller's own only, perhaps after a joining word ("and I wanted to share our
# checklist"): a list item in a line of features, where "we ship in twelve-foot sections"
# still names one of the product's.
_MY_CLAUSE = Lazy(
    r"(?i)(?:(?:and|so|but)\s+)?(?:i|i'd|i'm|i've|i'll|ill)\s+[a-z]"
    # ... or what I do for them, its subject dropped: "..., and email you our checklist"
    r"|(?:(?:and|then|also)\s+)?(?:email|send|text|ring|call|show|give|drop|mail|forward)\s+(?:you|them|him|her)\b"
)


# Words that open a noun phrase, some of them also given names ("An", "Will"): "an
# antimicrobial backing" is no person.
_DETERMINERS = frozenset(
    "a an the our your its their his her my some any one two three no full real live free".split()
)


# An item that names nothing: "stuff", "sell stuff", "other things", "all sorts of stuff".
_VAGUE_ITEM = Lazy(
    r"(?i)^(?:\w+\s+)?(?:other\s+|all\s+(?:sorts|kinds)\s+of\s+|lots\s+of\s+)?(?:stuff|things|products|goods|everything)$"
    # a list's trailing "... or anything", "and so on"
    r"|^(?:anything|something|whatever|so\s+on|all\s+that|the\s+like|etc)$"
    # ... a thing named by a word and "one", or a plan put with "maybe": "the cream one",
    # "maybe for your next project"
    r"|^(?:the|a)\s+[\w-]+\s+one$|^(?:maybe|perhaps)\b"
)


_TIME_CLAUSE = ("before ", "after ", "until ", "till ", "once ", "since ", "when ")
_PAST_KEYS = ("last", "yesterday", "ago", "Last", "Yesterday")
_PAST_TIME_BEFORE = Lazy(
    r"(?i)\b(?:last\s+(?:week|month|year|season|summer|winter|spring|autumn|fall)|yesterday|\w+\s+ago)\s+$"
)


# A product by its name opening the sentence, and what it has got: "so snaptab's got
# tableside ordering, ..." (anchored: a rule of its own, tried once)
_NAMED_HAS_GOT = Rule(
    r"^\W*(?:(?:ok|okay|so|and|well|basically|yeah|look|um|uh|oh|anyway|right)\W+)*"
    r"(?!(?:it|this|that|he|she|there|here|what|who|where|everything|everyone|everybody|nobody|somebody|someone|something|nothing|one|mine|yours)'s)"
    r"[\w-]+'s\s+(?:also\s+)?got\s+"
)
# A package said to be made of counted parts: "my leadership programme is exactly for this,
# it's six coaching sessions, a workbook, a 360 survey and ...", "the plan is two site visits,
# ..." (a rule of its own, on its rarer words).
_PACKAGE_CUE = Rule(
    r"\b(?:programme|program|package|course|plan|membership|subscription|bundle|retainer)\b[^.!?]{0,40}?"
    r"\b(?:is|it's|its|it\s+is)\s+(?=(?:\d+|two|three|four|five|six|seven|eight|ten|twelve)\s)",
    "programme program package course plan membership subscription bundle retainer",
)


def _product_list(sentence: str) -> bool:
    """Three or more short noun phrases after a product-subject cue.

    Every cue the sentence has is tried: in "so ours has auto film cut, a 30 inch
    turntable, wireless remote start, it does forty loads an hour..." the list follows
    "ours has", not the later "it does"."""
    cue = _PRODUCT_CUE.search(sentence)
    if (
        cue is not None
        and (
            sentence[: cue.start()].lower().endswith(_TIME_CLAUSE)
            # (or a time gone by, a story's: "and last month we got one govt tender for a
            # school in palpa, small one but still, crazy na")
            or (
                has_any(before := sentence[max(0, cue.start() - 30) : cue.start()], _PAST_KEYS)
                and _PAST_TIME_BEFORE.search(before) is not None
                and ":" not in sentence[cue.end() :]  # ("last year we got a new line: ...")
            )
        )
    ):
        cue = None  # a time clause: "before we got a lid that holds its shape, ..."
    one = (
        _ONE_PRODUCT_CUE.search(sentence)
        or _BUILT_CUE.search(sentence)
        or _MY_PRODUCT_CUE.search(sentence)
    )
    if one is None and ":" in sentence:
        one = _COLON_CUE.search(sentence)
    if one is not None and (cue is None or one.start() < cue.start()):
        cue = one  # the leftmost, as one rule of both would find
    # (a thing named, then a colon, lists features only where two items name them: "it's
    # three things: the price, the delivery and the quality" is no spec sheet)
    if cue is not None and _listed_after(sentence, cue, _names_a_thing(cue)):
        return True
    named = _PRODUCT_CUE_NAMED.search(sentence)
    if named is None and " is doing the " in sentence:
        named = _PRODUCT_DOING_NAMED.search(sentence)
    if named is not None and _listed_after(sentence, named, False):
        return True
    if "'s got" in sentence or "'s also got" in sentence:
        has_got = _NAMED_HAS_GOT.match(sentence)
        if has_got is not None and _listed_after(sentence, has_got, False):
            return True
    package = _PACKAGE_CUE.search(sentence)
    if package is not None and _listed_after(sentence, package, False):
        return True
    ours = _OURS_CUE.search(sentence)
    return ours is not None and _listed_after(sentence, ours, True)


# What every price or trial term has (a quick test before :func:`pricing`).
_PRICE_TERM_KEYS = (
    "trial",
    "free",
    "month",
    "year",
    "week",
    "$",
    "%",
    "percent",
    "dollar",
    "buck",
    "off",
    "rate",
    "fee",
    "cost",
    "price",
    "charge",
    "cents",
    "pence",
    # (a sum for each person: "nine-fifty a head all in", "85 per guest")
    "a head",
    "a person",
    " per ",
)


# The terms that go with a price: "two weeks free", "no contract", "cancel anytime",
# "month to month" (how the deal runs, not what the product has).
_DEAL_TERM = Lazy(
    r"(?i)\b(?:\d+|one|two|three|four|six|ten|fourteen|thirty)[\s-]+(?:days?|weeks?|months?)\s+(?:free|on\s+us|trial)\b"
    r"|\bno\s+(?:contract|commitment|lock-?in|setup\s+fees?|set-?up\s+fees?|cancellation\s+fees?|long-?term\s+contract)s?\b"
    r"|\bcancel\s+any\s*time\b|\bmonth[\s-]to[\s-]month\b"
)
# What every deal term has (a quick test before _DEAL_TERM).
_DEAL_TERM_KEYS = ("free", "no ", "cancel", "month")


def _price_term(item: str) -> bool:
    low = lowercase(item)
    if has_any(low, _PRICE_TERM_KEYS) and pricing(item) is not None:
        return True
    return has_any(low, _DEAL_TERM_KEYS) and _DEAL_TERM.search(item) is not None


# A plan put to them just before the cue: "I propose we have ...", "maybe we do ..."
_PROPOSED_BEFORE = Lazy(
    r"(?i)\b(?:propose|suggest|say|maybe|perhaps|how\s+about|what\s+if)\s+(?:that\s+)?$"
)


def _names_a_thing(cue: re.Match[str]) -> bool:
    """The cue is :data:`_COLON_CUE`'s "it's <something>:" (a thing named before its list)."""
    return "named" in cue.re.groupindex and cue.group("named") is not None


def _listed_after(sentence: str, cue: re.Match[str], ours: bool) -> bool:
    """Three or more short noun phrases after the cue ``cue`` (``ours``: a comparison, "ours has...")."""
    words = cue.group().lower().split()
    if words[-2:] == ["is", "doing"]:
        words = words[:-1]  # "Maria is doing ...": the subject before its two verbs
    if (
        len(words) >= 2
        # (a name with its accents: "so Renée handles the phones, the internet, ...")
        and fold_accents(words[-2].removesuffix("'s")) in first_names()
        and words[-2] not in _DETERMINERS  # "my practice:" ("My" is a name too)
        and not (len(words) >= 3 and words[-3] in _DETERMINERS)
    ):
        # "so dana does the books, the payroll and the hiring", "dave's got three kids, a
        # dog and a mortgage": a person's work or life
        return False
    if _PROPOSED_BEFORE.search(sentence, 0, cue.start()):
        return False  # "I propose we have a conversation, you and me, maybe forty-five minutes"
    tail = sentence[cue.end() :]
    items = [item.strip(" .!-\"'") for item in _ITEM_SPLIT.split(tail)]
    items = [item for item in items if item]
    for at, item in enumerate(items[1:], 1):
        if _PURPOSE_TURN.match(item) or _THEIR_SHARE.match(item):
            # the list ends where the caller turns to why they call: "we do pontoon
            # inspection and maintenance scheduling, I'm calling because ... and most
            # marinas leave it too late" lists two things
            items = items[:at]
            break
    if len(items) >= 3 and items[1].lower().startswith(_NARROWING):
        # a kind of thing, then its parts: "we do ERP for pharma distributors, mainly
        # inventory and batch tracking" names two things, not three
        items = items[1:]
    if len(items) < 3:
        return False
    if _SERVICE_CUE.search(cue.group()) and not any(
        _has_feature_word(item)
        for item in items
        if not _OWN_CLAUSE.match(item) and not _NOT_PRODUCT.search(item)
    ):
        # the work a firm does: "we do books, payroll and sales tax for cafes" (and what
        # follows in a clause of its own, "..., and I wondered if a short chat might help",
        # is no service of theirs)
        return False
    if ours and sum(1 for item in items if _has_feature_word(item)) < 2:
        return False  # "mine is a ford, a chevy and a dodge": things, not a spec sheet
    # A list of customers, offices or staff is not a spec sheet ("we have clients in Ohio,
    # Texas and Utah"); one such item after the features ("...and two technicians on site")
    # is just left out of the count.
    if _NOT_PRODUCT.search(items[0]) or _NOT_PRODUCT.search(sentence[: cue.end()]):
        return False
    words = items[0].lower().split()
    if words[:1] in (["a"], ["an"]) and len(words) in (2, 3, 4):
        words = words[1:]  # "we have a mark delaney, marketing manager, ...": a name on file
    if len(words) in (2, 3, 4) and words[0].rstrip(".") in _TITLES:
        # "we have Mr. Mark Delaney, Marketing Manager, from the expo": a title, then a
        # person on file, whatever the name ("we have Mr Jean-Marie, Tchakounté as
        # purchasing manager, from the Promote fair in 2021")
        return False
    for lead in _ON_FILE_LEADS:
        if words[: len(lead)] == lead and 1 <= len(words) - len(lead) <= 3:
            words = words[len(lead) :]  # "we have one for mark delaney, marketing manager, ..."
            break
    first = words[0] if words else ""
    if (
        first not in _DETERMINERS
        and first in first_names()
        and len(words) <= 3
        and not _has_feature_word(items[0])  # ("ai resume screening" is no person)
    ):
        return False  # a record read back: "we have mark delaney, marketing manager, ..."
    if _RECORD_FIELD.match(items[0]) or _FIELD_BEFORE.search(sentence, 0, cue.start()):
        # "we've got the address as unit 4, harbour road, and the contact as...", "the
        # address we have is 4410 industrial parkway, fort worth, texas"
        return False
    if any(_on_file_under(item) for item in items[1:]):
        return False  # "we have Corvid from the 2022 expo, under Mark Delaney, marketing manager"
    items = [item for item in items if not _NOT_PRODUCT.search(item)]
    # "we sell stuff, forms and tanning supplies": a vague word names no feature; a filler
    # between items ("..., um, and ...") is no item
    items = [
        item
        for item in items
        if not _VAGUE_ITEM.search(item) and not _FILLERS.issuperset(item.lower().split())
    ]
    items = [item for at, item in enumerate(items) if not _echo(items[at - 1] if at else "", item)]
    nouns = 0
    # the noun phrases in a row straight after a cue of having, counted until one is not
    run = 0
    counting = _HAS_CUE.search(cue.group()) is not None
    for item in items:
        size = len(item.split())
        if (
            size > 10
            or _NOT_NOUN_PHRASE.search(item)
            or time_slot(item, allow_today=True)
            or _SUBJECT_THEN_VERB.match(item)
            # (a figure is a spec: "our churn is under 4 percent a year" stays an item)
            or (_THING_IS.match(item) and not _FIGURE.search(item))
            or _CLAUSE_INSIDE.search(item)
        ):
            counting = False
            continue
        if _price_term(item):
            # a price or a trial term is what it costs, not what it has: "you get a fourteen
            # day trial and after that its 39 a month per chair" lists no features
            counting = False
            continue
        nouns += 1
        if counting:
            # (each a noun phrase said as one: "the air cushion rolls", "also a wall mount")
            if size <= 6 and _DETERMINED.match(item):
                run += 1
            else:
                counting = False
    if nouns >= 3 and nouns >= len(items) - 1:
        return True
    # three in a row straight after the cue, however long the run-on line goes on after
    # them: "we have the honeycomb wrap, the air cushion rolls and the corner guards, all
    # recyclable, and for the first order..."
    if run >= 3:
        return True
    # four or more things it does, with two clauses around them ("..., and it plugs right
    # into dentrix and eaglesoft, and the setup is done by us so...")
    if nouns >= 4 and nouns >= len(items) - 2 and any(_has_feature_word(item) for item in items):
        return True
    # a clause or two around the list ("..., plus it plugs right into your system"): still
    # a spec sheet when two of its items plainly name features
    return nouns >= 3 and sum(1 for item in items if _has_feature_word(item)) >= 2


def _echo(before: str, item: str) -> bool:
    """An item that only says a word again, for stress: "it makes your business go up,
    up", "fast fast", "small small" (one word doubled, or the last word of the item
    before it repeated) adds nothing to a list."""
    words = item.lower().split()
    if not words or len(set(words)) != 1:
        return False
    return len(words) >= 2 or before.lower().split()[-1:] == words[:1]


# A record read back names the person it is under: "under Mark Delaney", "for dana ruiz".
_UNDER_A_PERSON = Lazy(
    r"(?i)^(?:under|for|with|attention|attn|c/o)\s+(?:mr\.?\s+|ms\.?\s+|mrs\.?\s+|dr\.?\s+)?([a-z]+)\s+[a-z][a-z'-]+$"
)


# A detail of a record read back, then what it says: "the address as unit 4", "your email
# as jo@acme.com", "the main contact as alasdair grant".
_RECORD_FIELD = Lazy(
    r"(?i)(?:the|your|his|her|their|its)\s+(?:[a-z]+\s+)?(?:address|email|e-mail|number|phone|contact|name"
    r"|title|postcode|zip|details?|record|listing|entry|role|position|office|location|premises|website|site)"
    # (or the field then what is on file, straight after it: "the address Unit 7, ...")
    r"(?:\s+(?:as|at|under)\b|\s+(?-i:[A-Z0-9])|\s+(?:unit|suite|plot|flat|apartment|apt|building|block|floor)\b)"
)
# The field read back before the cue: "the address we have is 4410 Industrial Parkway, ..."
_FIELD_BEFORE = Lazy(
    r"(?i)\b(?:the|your)\s+(?:[a-z]+\s+)?(?:address|email|e-mail|number|phone|contact|postcode|zip|details|record|listing|entry)\s+$"
)


def _on_file_under(item: str) -> bool:
    found = _UNDER_A_PERSON.match(item)
    return found is not None and found.group(1).lower() in first_names()


# Where a list turns to the reason for the call: "..., I'm calling because", "and the reason
# I rang is".
_PURPOSE_TURN = Lazy(
    r"(?i)(?:(?:and|so|but)\s+)?(?:(?:i'm|i\s+am|we're|we\s+are)\s+(?:calling|ringing|phoning|reaching\s+out|getting\s+in\s+touch)"
    r"|(?:the\s+)?reason\s+(?:i|we))\b"
)
# ... or where it turns to what the other side brings: "we have the kitchens and the
# bonding, you have the people and the relation with the land" (two things each, a
# partnership, no spec sheet)
_THEIR_SHARE = Lazy(
    r"(?i)(?:(?:and|but|while|whereas)\s+)?(?:you|you\s+guys|your\s+(?:side|team|people|company|co-?op)|they)\s+(?:have|has|got|bring|own|run)\b"
    # ... or to what is theirs: "..., and your part of town has many French and Arabic
    # speaking families"
    r"|(?:(?:and|but|while|whereas)\s+)?your\s+(?:[\w'-]+\s+){1,3}?(?:has|have|got)\b"
)
_FILLERS = frozenset(
    "um uh er erm like yeah so well you know i mean eh ehn ehen ah oh o abi sha".split()
)
# Words that narrow a kind of thing down to the parts named next.
_NARROWING = (
    "mainly ",
    "mostly ",
    "primarily ",
    "chiefly ",
    "largely ",
    "especially ",
    "particularly ",
)
# A title before a name on file.
_TITLES = frozenset("mr mrs ms dr miss".split())
# What a record read back may say before the name on it: "we have one for mark delaney, ...",
# "I've got an entry under dana ruiz, ...".
_ON_FILE_LEADS = tuple(
    lead.split()
    for lead in (
        "one for",
        "one under",
        "an entry for",
        "an entry under",
        "a record for",
        "a contact for",
        "a listing for",
        "someone called",
        "somebody called",
        "someone named",
    )
)
# An item that is a clause of its own, a noun then its verb: "our heifers would honestly be
# thrilled about it", "the drivers will love it" (not "a mount that will fit any wall", nor
# "the app you can use anywhere": a thing, then what it does).
_SUBJECT_THEN_VERB = Lazy(
    r"(?i)^(?:(?:and|so|but|plus|then)\s+)*(?:the|our|my|your|their|his|her|these|those)\s+"
    r"(?:(?!(?:that|which|who|you|we|i|they|it)\b)[\w-]+\s+){1,3}"
    r"(?:would|will|could|should|might|must|can|won't|wouldn't|can't)\s+(?:\w+ly\s+)?\w"
)
# ... or a clause of its own in the present: "the money settles next day", "setup is very
# easy" (what it is like, said of one thing: no item of a list of things)
_THING_IS = Lazy(
    r"(?i)^(?:(?:and|so|but|plus|then)\s+)*(?:(?:the|our|my|your|their)\s+)?[\w-]+\s+"
    r"(?:is|are|was|were|settles|lands|arrives|clears|comes|goes|gets)\s+(?:\w+\s+)?\w"
)
_FIGURE = Lazy(r"\d|(?i:\b(?:percent|hundred|thousand)\b)")
# A cue of having or offering (not of doing: "our team does the install, the training and
# the yearly check" is work done, not a spec sheet).
_HAS_CUE = Lazy(
    r"(?i)\b(?:have|has|'ve\s+got|'s\s+got|got|offers?|includes?|provides?|features?|comes?\s+with|ships?\s+with|bundles?)\s*$"
)
# An item opening on its determiner, perhaps after a joining word: "the honeycomb wrap",
# "and also the new corner guards".
_DETERMINED = Lazy(r"(?i)(?:(?:and|also|plus|then)\s+)*(?:the|a|an|our|some)\s+\w")


# A list spread over sentences, one item each, marked by an enumerator: "Point one, kernel
# rollback. Point two, USB control. Point three, ...", "First, ... Second, ... Third, ...".
_ENUMERATOR = Rule(
    r"^\W*(?:and\s+|also\s+|then\s+|plus\s+)?(?:(?:(?:point|number|feature|item|bullet)\s+(?:one|two|three|four|five|six|\d+)|firstly|secondly|thirdly|fourthly|lastly)\b\s*[,:.)-]?"
    r"|(?:first|second|third|fourth|fifth|next|last|finally|one|two|three|four|five|\d+)\s*[,:.)-])\s*"
)


# The words an _ENUMERATOR match can open with, as prefixes (a sentence opening on a letter
# or a digit starts its match there; one opening on anything else is left to the regex).
_ENUMERATOR_WORDS = tuple(
    "and also then plus point number feature item bullet firstly secondly thirdly fourthly"
    " lastly first second third fourth fifth next last finally one two three four five".split()
)


def enumerated_list(sents: list[str]) -> str | None:
    """Three or more sentences of one turn that each name one item after an enumerator."""
    items = []
    for sentence in sents:
        if is_question(sentence):
            continue
        # (most sentences open on a word no enumerator starts with: skipped unread)
        if sentence[:1].isalnum() and not sentence[:1].isdigit():
            if not sentence[:9].lower().startswith(_ENUMERATOR_WORDS):
                continue
        marker = _ENUMERATOR.match(sentence)
        if marker is None:
            continue
        rest = sentence[marker.end() :].strip(" .!")
        size = len(rest.split())
        if 0 < size <= 12 and not _NOT_NOUN_PHRASE.search(rest) and not _NOT_PRODUCT.search(rest):
            items.append(sentence)
    return " ".join(items) if len(items) >= 3 else None


_THOUSANDS = Lazy(r"(?<=\d),(?=\d{3}\b)")


# An email address: a sentence that reads one out is a contact record, not a spec sheet.
_EMAIL = Lazy(r"[\w.+-]+@[\w-]+\.\w")


# A feature word in everyday use: a kind of business or of person ("a hardware store", "a
# software guy"), or talk ("would love to chat").
_EVERYDAY_USE = Lazy(
    r"(?i)\b(?:hardware|software|app|solar|alarm|radio|crm|cloud|security|mobile)\s+(?:stores?|shops?|guys?|gals?|compan(?:y|ies)"
    r"|business(?:es)?|firms?|vendors?|people|folks|teams?|developers?|providers?|installers?|dealers?|outfits?|places?)\b"
    r"|\bto\s+chat\b"
)


def _everyday(item: str) -> bool:
    """The item's feature words are all in everyday use (see _EVERYDAY_USE)."""
    if _EVERYDAY_USE.search(item) is None:
        return False
    return not _has_feature_word(_EVERYDAY_USE.sub(" ", item))


# Pairs said as one word, whose "and" joins no list: "up and down the coast", "back and
# forth", "pros and cons".
_BINOMIAL = Lazy(
    r"(?i)\b(?:up\s+and\s+down|back\s+and\s+forth|on\s+and\s+off|over\s+and\s+over|more\s+and\s+more|again\s+and\s+again"
    r"|here\s+and\s+there|now\s+and\s+then|in\s+and\s+out|out\s+and\s+about|by\s+and\s+large|odds\s+and\s+ends"
    r"|pros\s+and\s+cons|ins\s+and\s+outs|bits\s+and\s+pieces|far\s+and\s+wide|safe\s+and\s+sound|sick\s+and\s+tired"
    r"|day\s+and\s+night|trial\s+and\s+error|first\s+and\s+foremost|loud\s+and\s+clear)\b"
)


def feature_list(sentence: str) -> str | None:
    found = _feature_list(sentence)
    if found is not None and _RECORD_READ.search(sentence):
        return None  # "we have Mr. Ndoumbé, marketing manager, from the 2022 fair"
    if found is not None and " and " in sentence and _BINOMIAL.search(sentence):
        # read again with each pair said as one (only where a list was found, seldom)
        joined = _BINOMIAL.sub(lambda pair: pair.group().replace(" and ", "-n-"), sentence)
        return sentence if _feature_list(joined) else None
    return found


# A contact record read back: a person, then their title ("we have Mr. Jean-Paul Ndoumbé,
# marketing manager, from the Salon de l'Est in 2022"), no spec sheet.
_RECORD_READ = Lazy(
    r"(?:(?i:mr|mrs|ms|dr|madame?|monsieur)\.?\s+[\w'-]+(?:[\s-][\w'-]+)?|\b[A-Z][\w'-]+(?:[\s-][A-Z][\w'-]+)+),\s+(?i:the\s+)?"
    # (the title in lower case, as a record is read out: not a module's name, "Fleet Pro,
    # Route Manager, Fuel Guard")
    r"(?:[a-z-]+\s+){0,2}?(?:manager|director|coordinator|officer|head|lead|owner|buyer|assistant|president|ceo|cfo|coo|secretary|administrator)\b"
    # ... or only the department they were in, then where the record is from: "we have
    # Monsieur Fousseni Alassani, marketing, from the Lome fair of 2021"
    r"|(?:(?i:mr|mrs|ms|dr|madame?|monsieur)\.?\s+[\w'-]+(?:[\s-][\w'-]+)?|\b[A-Z][\w'-]+(?:[\s-][A-Z][\w'-]+)+),\s+"
    r"(?:marketing|sales|purchasing|procurement|finance|accounts|operations|logistics|events|admin|hr)\s*,\s+(?:from|at|in|of)\b"
)


def _feature_list(sentence: str) -> str | None:
    if "@" in sentence and _EMAIL.search(sentence):
        return None  # "an old entry: Mark Delaney, marketing manager, mark@corvid.com, ..."
    if "," in sentence and _THOUSANDS.search(sentence):
        # "2,000 restaurants" is one number, not two items
        found = _feature_list(_THOUSANDS.sub("", sentence))
        return sentence if found else None
    separators = (
        sentence.count(",")
        + sentence.count(";")
        + sentence.count(":")
        + sentence.count(" and ")
        + sentence.count(" or ")
        + sentence.count(" plus ")
        + sentence.count(" as well as ")
    )
    if separators < 2:
        return None
    if _product_list(sentence):
        return sentence
    items = [item.strip() for item in _LIST_SPLIT.split(sentence) if item.strip(" .!-")]
    if (
        len(items) >= 3
        and lowercase(sentence).count("it ") >= 3
        and sum(1 for item in items if _IT_CAN.match(item)) >= 3
    ):
        # the product as subject three times, each time something it does: "it has seat
        # maps, it scans on any phone, it does two languages of receipts"
        return sentence
    if len(items) < 3 or not _has_feature_word(sentence):
        return None  # (an item's feature word is the sentence's too: most lists have none)
    features = 0
    for item in items:
        if (
            _has_feature_word(item)
            and not _OUTCOME_LEAD.search(item)
            # the caller's own clause is no item: "I'm calling about the query rules" (but
            # "we ship in twelve-foot sections" is the product's)
            and not _MY_CLAUSE.match(item)
            and not _everyday(item)
            # what a thing costs is no feature of it: "the sensors are 89 dollars each"
            and not _price_term(item)
        ):
            features += 1
            if features == 3:
                return sentence
    # "We have X, Y, Z and W": a product-possession frame listing things, two of them
    # plainly features, is a spec sheet too.
    if features == 2 and len(items) >= 4 and _PRODUCT_FRAME.search(items[0]):
        return sentence
    return None


# Where a run-on line turns from what the product has to a question: ", would tuesday or
# wednesday work better?", ", so how do you handle it today?"
_TURNS_TO_ASK = Lazy(
    # (or after a dash, a filler perhaps before it: "..., that's it in a nutshell - uh,
    # what are you using now?")
    r"(?:,|\s[-–—]{1,2})\s+(?:(?:and|so|but|anyway|ok|okay|uh|um|er)[\s,]+)*(?:would|could|can|do|does|did|is|are|how|what|when|which|who|shall|should|will)\b"
    # ... or to what the caller thought to ask: ", so I thought on your birthday what better
    # time to...?"
    r"|,\s+(?:and\s+)?so\s+i\s+(?:thought|figured|wondered|was\s+(?:thinking|wondering|hoping))\b"
    # ... or only a tag asking agreement: "..., all in one login, no?", "..., right?"
    r"|,\s+(?:no|right|yeah|yes|ok|okay|eh|isn't\s+it|innit|na|you\s+know|ya\s+know|y'know)\W*$",
    re.IGNORECASE,
)


def listed_before_asking(sentence: str) -> str | None:
    """The features a question sentence lists before it turns to ask ("..., real-time
    alerts, and it plugs into kronos, would tuesday or wednesday work better?"): a
    spec sheet run on into a question is still a spec sheet. A question about their needs
    ("do you need dashboards, alerts and sso?") lists nothing of ours."""
    if sentence.count(",") < 3:
        return None
    starts = [found.start() for found in _TURNS_TO_ASK.finditer(sentence)]
    if not starts:
        return None
    head = sentence[: starts[-1]]  # up to the last turn to a question
    if is_question(head + "."):
        return None
    return sentence if feature_list(head) else None


_OUTCOME_VERB = (
    r"(?:save|saves|saving|cut|cuts|cutting|stop|stops|avoid|avoids|reduce|reduces|lower|lowers|eliminate|eliminates|prevent|prevents"
    r"|free\s+up|frees\s+up|get\s+back|recover|recovers|catch|catches|win|wins|gain|keep|keeps|halve|halves|double|doubles|speed\s+up"
    r"|speeds\s+up|spend\s+less|never|no\s+longer|hear|hears|know|knows|see|sees|find\s+out|finds\s+out|get\s+paid|close|stay|stays)"
)
# What the product does for them: "so your crew hears about it first", "it means you stop
# losing loads", "you'd save six hours", "which cuts your...", "we help clinics cut no-shows".
# One part per kind of benefit (any part matching is a benefit), each gated on the whole
# words all its matches contain: most sentences have "you" or "so" and reach only a part or
# two, instead of one regex of every alternative.
_BENEFIT_PARTS: tuple[Rule, ...] = (
    Rule(
        r"(?<!\bso\s)\bso\s+(?:that\s+)?(?!you\s+know\b)(?:you|your\s+(?:[\w-]+\s+){0,2}?[\w-]+|they|the\s+(?:team|crew|staff|office))\s+(?:can\s+|could\s+|will\s+|would\s+|don't\s+|won't\s+|never\s+|always\s+|only\s+|finally\s+|no\s+longer\s+)?"
        r"(?!know\b|have\s+(?:it|that|them|this|my|our|the\s+(?:link|number|details|email|invite))\b|can\s+(?:reach|call|see|read|review|look|check|find)\s+(?:me|it|that|them|this|my|our)\b"
        # (nor what they would do for us: "so you can tell me what you're working on")
        r"|(?:can\s+|could\s+)?(?:tell|show|teach|ask|give|send)\s+(?:me|us)\b)\w+",
        "so",
    ),
    # a loss averted for them: "so a room of product doesn't spoil overnight", "so no
    # patient slips through" (not "so I won't keep you", "so we don't waste your time")
    Rule(
        r"(?<!\bso\s)\bso\s+(?:that\s+)?(?!(?:we|i|i'll|we'll|i'm|we're|it|this|that)\b)(?:[\w'-]+\s+){1,4}?"
        r"(?:doesn't|don't|won't|never|isn't|aren't|can't|stops?|stays?|no\s+longer)\s+(?!keep|take|waste|bother|hold|ramble)\w+",
        "so",
    ),
    Rule(r"\bthat\s+way,?\s+(?:you|your)\b", "way"),
    # what our product does for companies like theirs: "our freight-audit software typically
    # recovers 3 to 5 percent of freight spend"
    Rule(
        r"\bour\s+(?:[\w-]+\s+){0,3}?(?:software|platform|system|tool|service|product|app|solution|audits?|team)\s+"
        r"(?:typically\s+|usually\s+|often\s+|generally\s+|can\s+|could\s+|will\s+)?"
        r"(?:recovers?|saves?|cuts?|reduces?|finds?|catches|catch|recoups?|lowers?|halves|eliminates?)\b",
        "our",
    ),
    # "we might be able to save you money", "it could cut your fuel bill"
    Rule(
        r"\b(?:we|i|it|this|that)\s+(?:might|may|could|can|would|will)\s+(?:be\s+able\s+to\s+|probably\s+|likely\s+)?"
        r"(?:save|cut|lower|reduce|trim|halve)\s+(?:you|your)\b",
        "save cut lower reduce trim halve",
    ),
    Rule(
        r"\b(?:customers|clients|shops|firms|teams|practices|companies|operators|offices|users)\s+(?:like\s+yours\s+)?(?:typically\s+|usually\s+|often\s+|generally\s+)?"
        r"(?:cut|save|reduce|stop|see\s+(?:fewer|less|more|a\s+\d|\d)|get\s+paid|recover|avoid|lower|halve|double)\b",
        "customers clients shops firms teams practices companies operators offices users",
    ),
    Rule(
        r"\b(?:that|which|this|it)\s+(?:means|meant|would\s+mean|will\s+mean|'d\s+mean)\s+(?:that\s+)?(?:you|your|no\s+more|fewer|less|more|faster|lower|zero|never|nobody|one)\b",
        "means meant mean",
    ),
    Rule(r"\bfor\s+you,?\s+(?:that|this|it)\s+means\b", "means"),
    Rule(
        rf"\b(?:you'd|you\s+would|you'll|you\s+will|you\s+could|you\s+can|your\s+\w+\s+(?:would|will|could|can))\s+(?:\w+\s+)?{_OUTCOME_VERB}\b(?!\s+(?:you|me|us|from\s+me|an?\s+email|a\s+call|the\s+(?:email|invite|link)))"
        # (nor a promise with nothing in it: "you will see the value", "you'll see for yourself")
        r"(?!(?:(?<=see)|(?<=sees)|(?<=know))\s+(?:the\s+(?:value|difference|benefits?|point)\b(?!\s+(?:in|on)\s+your)|for\s+yourself))",
        "you your",
    ),
    Rule(
        r"\b(?:which|that|it|this)\s+(?:also\s+)?(?:cuts|saves|reduces|eliminates|prevents|stops|frees\s+up|halves|doubles|lowers|speeds\s+up|shortens|pays\s+for\s+itself)\b",
        "cuts saves reduces eliminates prevents stops frees halves doubles lowers speeds shortens pays",
    ),
    Rule(
        r"\b(?:we|it)\s+(?:help|helps|helped)\s+(?:[\w'-]+\s+){0,4}?(?:to\s+)?(?:cut|save|reduce|stop|avoid|lower|catch|win|get\s+paid|recover|keep|eliminate|prevent|speed\s+up|free\s+up|spend\s+less|close"
        # ... or grow: "we help manufacturers triple their booth traffic"
        r"|double|triple|grow|boost|increase|raise)\b",
        "help helps helped",
    ),
    Rule(
        r"\b(?:no\s+more|never\s+again)\b[^.!?]{0,60}\b(?:you|your)\b|\b(?:you|your)\b[^.!?]{0,60}\b(?:no\s+more|never\s+again)\b",
        "more again",
    ),
    # a gain named as theirs: "seems like a retention win for you", "an easy win for your team"
    Rule(
        r"\ban?\s+(?:[\w-]+\s+){0,2}?wins?\s+for\s+(?:you|your|both\s+of\s+us|the\s+two\s+of\s+us)\b",
        "win wins",
    ),
)
# The parts in one loop, the sentence's words looked up once.
_BENEFIT_ANY = AnyOf(*_BENEFIT_PARTS)
#: Every part of :data:`_BENEFIT_PARTS` contains one of these.
_BENEFIT_GATE = (
    "so",
    "our",
    "that way",
    "mean",
    "you",
    "help",
    "no more",
    "never again",
    "cuts",
    "saves",
    "reduces",
    "eliminates",
    "prevents",
    "stops",
    "frees",
    "halves",
    "doubles",
    "lowers",
    "speeds",
    "shortens",
    "pays for",
    "customers",
    "clients",
    "shops",
    "firms",
    "teams",
    "practices",
    "companies",
    "operators",
    "offices",
    "users",
    "win",
)


def states_benefit(sentence: str) -> bool:
    """What the product does for them: an outcome, not a feature."""
    return has_any(lowercase(sentence), _BENEFIT_GATE) and _BENEFIT_ANY.matches(sentence)


# Selling, however lightly: paid work offered ("I could put together a quote", "happy to do
# a free audit of your books"), a deal on now ("I'm doing a refresh package this month"),
# the product brought in ("I wanted to tell you a bit about what we do"), or the sale sized
# up ("what's your budget looking like?", "are you in the market for...?").
# A share said as a number: "15%", "20 percent", "thirty percent" (alternatives, ungrouped).
_PERCENT = r"\d+\s*%|\d+\s+percent|[a-z]+\s+percent"
_SALES_OFFER: tuple[Rule, ...] = (
    # work offered to past clients, or a new thing of ours that would do for them: "I'm doing
    # refreshes for past clients this month", "I've actually got a new slotting package that
    # could cut your pick paths by 20 percent"
    Rule(
        r"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:now\s+|also\s+|currently\s+|actually\s+)?(?:doing|offering|running)\s+(?:[\w-]+\s+){0,2}?for\s+"
        r"(?:past|old|existing|former|previous|returning)\s+(?:clients|customers)\b"
        r"|\b(?:i've|i\s+have|we've|we\s+have)\s+(?:actually\s+|just\s+|now\s+|also\s+)?got\s+(?:a|an)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:package|product|service|solution|system|offering|tool|platform|programme|program)\s+(?:that|which)\s+(?:could|can|will|would)\b",
        "past old existing former previous returning package product service solution system offering tool platform programme program",
    ),
    # the deal closed on a deadline: "if u sign the partner agreement this month we can lock
    # in the launch terms"
    Rule(
        r"\block\s+in\s+(?:the|these|those|our|your|a|this)\s+(?:[\w-]+\s+)?(?:terms|price|pricing|rate|rates|discount|deal)\b"
        r"|\bif\s+(?:you|u)\s+sign\s+(?:up\s+|the\s+|our\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:this|by|before|today|now)\b",
        "lock sign",
    ),
    # an event of ours to sell at, them invited: "im doing a lunch presentation for some ops
    # directors on warehouse layouts, i want you to come"
    Rule(
        r"\b(?:i'm|im|i\s+am|we're|we\s+are|i'll\s+be|we'll\s+be)\s+(?:doing|running|holding|hosting|giving|putting\s+on)\s+(?:a|an|our)\s+"
        r"(?:(?:free|short|quick|small|little|lunch|breakfast|lunchtime|evening|product|client)\s+){0,2}"
        r"(?:presentation|seminar|workshop|showcase|demo|info\s+session|product\s+launch|launch)\s+(?:for|to|on|about)\b",
        "presentation seminar workshop showcase demo session launch",
    ),
    # the work we can do for them, listed: "I can do signage, menu boards and a new logo for
    # it" (not the times we can do: "we can do monday, tuesday or friday")
    Rule(
        r"\b(?:i|we)\s+(?:can|could)\s+(?:also\s+|easily\s+)?(?:do|make|design|build|print|supply|install)\s+"
        r"(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d|this\b|that\b|it\b|either|both|any|lunch|coffee|breakfast|dinner|drinks"
        r"|the\s+(?:morning|afternoon|evening)|mornings|afternoons|evenings|tomorrow|today|next)"
        r"[a-z][\w'-]*(?:\s+[\w'-]+){0,2},\s+(?:[\w'-]+\s+){0,3}?(?:and|&)\s+[a-z]",
        "do make design build print supply install",
    ),
    # their work taken over by us: "we can take your monthly bookkeeping and payroll off your
    # hands"
    Rule(
        r"\b(?:i|we)(?:'d|\s+would|\s+could|\s+can|'ll|\s+will)\s+(?:happily\s+|gladly\s+)?take\s+(?:[\w'-]+\s+){1,6}?off\s+your\s+hands\b",
        "hands",
    ),
    Rule(
        r"\b(?:(?:i|we)(?:'d|\s+would|\s+could|\s+can|'ll|\s+will)?\s+(?:also\s+|definitely\s+|happily\s+)?(?:love\s+to\s+|be\s+happy\s+to\s+|happy\s+to\s+)?|happy\s+to\s+)"
        r"(?:put\s+together|send(?:\s+you|\s+over)?|do|give\s+you|get\s+you|show\s+you|run|offer\s+you|work\s+up|draw\s+up|write\s+up)\s+"
        r"(?:a\s+|an\s+|you\s+a\s+|some\s+)?(?:quick\s+|free\s+|no-obligation\s+|custom\s+|rough\s+)*"
        # ("an offer" too: "I can send you an offer today")
        r"(?:quote|proposal|estimate|audit|assessment|consultation|demo|trial|package|deal|discount|pitch|mock-?up|bid|offer)s?\b",
        "quote quotes proposal proposals estimate estimates audit audits assessment consultation demo demos"
        " trial package deal discount pitch mockup mock bid bids offer offers",
    ),
    Rule(
        r"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:currently\s+|actually\s+|just\s+)?(?:doing|running|offering|launching|rolling\s+out)\s+"
        r"(?:a|an|some|this|our)\s+(?:[\w'-]+\s+){0,3}?(?:package|special|deal|promotion|promo|discount|offer|bundle)s?\b"
        # a deal on what we sell: "we actually have a spring special on modular booths" (not
        # "we have a deal with your parent company")
        r"|\b(?:we|we've|i've)\s+(?:currently\s+|actually\s+|just\s+|now\s+|also\s+)?(?:have|got)\s+(?:a|an|some|this)\s+"
        r"(?:[\w'-]+\s+){0,3}?(?:special|deal|promotion|promo|discount|offer|bundle)s?\s+(?:on|running|going)\b"
        # ... its "we" dropped where a clause starts: "got a deal going rn, 10x10 booth ..."
        r"|(?:^|[,.;:!?-]\s*)(?:(?:so|and|hey|well|yeah|ok|okay|look|listen)\W+)*(?:got|have)\s+(?:a|an|some|this)\s+"
        r"(?:[\w'-]+\s+){0,3}?(?:special|deal|promotion|promo|discount|offer|bundle)s?\s+(?:on|running|going)\b"
        # ... or just launched: "I've just launched a package for growing food businesses"
        r"|\b(?:i|we)(?:'ve|\s+have)?\s+(?:just\s+|recently\s+)?(?:launched|rolled\s+out|started\s+offering)\s+"
        r"(?:a|an|some|this|our)\s+(?:[\w'-]+\s+){0,3}?(?:package|special|deal|promotion|promo|discount|offer|bundle|service)s?\b",
        "package packages special specials deal deals promotion promo discount offer bundle service services",
    ),
    # the product shown to them: "want to stop by to show you our freight audit dashboard",
    # "walk you through our platform", "demo our app for your team"
    Rule(
        r"\b(?:show\s+you|walk\s+you\s+through|take\s+you\s+through|demo)\s+(?:our|my)\s+(?:[\w'-]+\s+){0,3}?"
        r"(?:dashboard|platform|software|product|app|system|tool|solution|portal|range|catalog|catalogue"
        r"|offering|technology|tech|features?)s?\b"
        # ... or how we would do their work: "so I can show you how we'd handle your
        # commissions"
        # ("we'd" typed "wed")
        r"|\b(?:show|walk)\s+you\s+(?:through\s+)?how\s+(?:(?:we|i)(?:'d|\s+would|\s+could|\s+can|'ll|\s+will)?|wed|id)\s+"
        r"(?:handle|do|run|manage|set\s+up|take\s+care\s+of|look\s+after|sort(?:\s+out)?|process|automate|fix|clean\s+up|tidy\s+up)\s+your\b"
        # ... or something about their operation the caller wants to show them: "there's
        # something on your warehouse layout I really want to show you"
        r"|\bsomething\s+(?:on|about|for|in|with)\s+your\s+(?:[\w'-]+\s+){0,3}?(?:that\s+)?(?:i|we)"
        r"(?:\s+(?:really\s+|just\s+)?(?:want|wanted|would\s+love|would\s+like|need)|'d\s+(?:really\s+)?(?:love|like))\s+to\s+show\s+you\b",
        "show walk take demo",
    ),
    # a meal with their operations on the menu: "take you to lunch to talk about your
    # warehouse layouts", "coffee to go over your payroll" (not "lunch to catch up")
    Rule(
        r"\b(?:lunch|coffee|breakfast|dinner|drinks?|a\s+beer|a\s+pint)\s+(?:\w+\s+){0,2}?(?:to|and)\s+"
        # (what would be done to it named too: "talk about redoing your layouts")
        r"(?:talk\s+(?:about|through)|discuss|go\s+(?:over|through)|look\s+(?:at|over)|review)\s+"
        r"(?:(?:redoing|fixing|improving|changing|updating|sorting|reworking|optimi[sz]ing|cutting|streamlining)\s+)?(?:all\s+)?your\s+(?:[\w-]+\s+)?"
        r"(?:warehouse|layouts?|operations|ops|setup|systems?|process(?:es)?|workflows?|books|bookkeeping|accounts|payroll|marketing"
        r"|website|fleet|logistics|supply\s+chain|it|software|insurance|energy|costs?|spend|budget|picking|inventory|stock)\b",
        "lunch coffee breakfast dinner drink drinks beer pint",
    ),
    # a saving promised, or their work asked for: "where we could save you money", "I'd love
    # to do your Instagram graphics too"
    Rule(
        # (a sum said loosely too: "I could probably save you a few hundred a month")
        r"\b(?:we|i)\s+(?:could|can|would|'d|will)\s+(?:probably\s+|easily\s+|likely\s+)?save\s+you\s+"
        r"(?:a\s+few\s+|a\s+couple\s+(?:of\s+)?|at\s+least\s+)?(?:money|a\s+lot|a\s+bundle|thousands?|hundreds?|grand|\$?\d)"
        # ... or to be shown: "a consultation to show you what we could save you"
        r"|\b(?:show|tell)\s+you\s+(?:what|how\s+much)\s+(?:we|i|you)\s+(?:could|can|would|might|'d)\s+(?:save|cut|make)\b"
        r"|\b(?:i'd|i\s+would|we'd|we\s+would)\s+(?:really\s+)?(?:love|like|be\s+happy|be\s+glad)\s+to\s+(?:do|design|build|redo|redesign|handle|take\s+on|take\s+over|make)\s+your\s+\w+",
        "save love like happy glad",
    ),
    # the rep's own work offered for their business: "I could also do new packaging for both
    # shops", "we can design you a fresh logo", "I could redo your website"
    Rule(
        r"\b(?:i|we)(?:'d|\s+could|\s+can|'ll|\s+would)\s+(?:also\s+|easily\s+|happily\s+|definitely\s+)?"
        # ("I could mock up a refreshed set for both shops")
        r"(?:do|design|build|create|put\s+together|mock\s+up|draft|sketch|draw\s+up)\s+(?:you\s+)?(?:a\s+|an\s+|some\s+)?"
        r"(?:brand[\s-]new|new|fresh|proper|custom|refreshed|updated|redesigned)\s+(?!(?:one|time|day|date|week)\b)\w+"
        r"|\b(?:i|we)(?:'d|\s+could|\s+can|'ll|\s+would)\s+(?:also\s+|easily\s+|happily\s+|definitely\s+)?"
        r"(?:redo|redesign|rebuild|refresh|revamp|modernize|modernise|overhaul)\s+(?:your|both|[\w-]+'s)\b"
        r"|\b(?:i|we)(?:'d|\s+could|\s+can|'ll|\s+would)\s+(?:also\s+|easily\s+|happily\s+|definitely\s+)?(?:redo|redesign|rebuild|revamp|overhaul)\s+the\b"
        # ... or brought up to date for them: "I could update the boards for you" (not a
        # record kept: "I can update the address for you")
        r"|\b(?:i|we)(?:'d|\s+could|\s+can|'ll|\s+would)\s+(?:also\s+|easily\s+|happily\s+|definitely\s+)?"
        r"(?:(?:refresh|redo|redesign|modernize|modernise)\s+(?:them|it|those|these)|update\s+(?:the|your|those|these)\s+"
        r"(?!(?:record|records|file|files|details|address|entry|entries|listing|info|number|email|contact|contacts|spelling|system|database|crm)\b)[\w-]+)"
        r"\s+(?:[\w-]+\s+){0,1}?for\s+you\b",
        "new fresh proper custom brand refreshed updated redesigned redo redesign rebuild refresh revamp"
        " modernize modernise overhaul update",
    ),
    # ... or their work taken over: "we can take over your firm's books starting next month",
    # "I'd happily run your payroll" (not "I can take your details")
    Rule(
        r"\b(?:i|we)(?:'d|\s+could|\s+can|'ll|\s+would|\s+will)\s+(?:also\s+|easily\s+|happily\s+|definitely\s+|just\s+)?"
        r"(?:take\s+over|handle|run|manage|look\s+after|do|sort\s+out)\s+(?:all\s+)?your\s+(?:[\w-]+(?:'s|s)?\s+)?"
        r"(?:books|bookkeeping|payroll|accounts|accounting|tax\s+returns|marketing|website|social\s+media|cleaning|ordering|logistics|deliveries|it\s+support)\b",
        "take handle run manage look do sort",
    ),
    # the product installed for them: "I could set you up at both shops", "we can get you
    # set up on the new screens" (not someone to meet: "I can set you up with Dana")
    Rule(
        r"\b(?:i|we)(?:'d|\s+could|\s+can|'ll|\s+would|\s+will)\s+(?:easily\s+|happily\s+|also\s+|definitely\s+|totally\s+|quickly\s+)?"
        r"(?:(?:set|hook|kit)\s+you\s+(?:all\s+|guys\s+)?|get\s+you\s+(?:all\s+|guys\s+)?set\s+)up\b"
        r"(?!\s+with\s+(?:(?:a|an|some|the)\s+(?:\w+\s+)?(?:intro|introduction|meeting|call|chat|coffee|lunch|contact|friend|person)\b|(?!(?:a|an|the|some|our|one|new|free)\b)))",
        "set hook kit",
    ),
    # the commercial terms themselves: "just need your api keys and a rev share deal"
    Rule(
        r"\b(?:rev(?:enue)?[\s-]?share|reseller|referral[\s-]fee|licen[cs]ing|distribution|volume|exclusivity|exclusive)\s+"
        r"(?:deal|agreement|contract|arrangement)s?\b",
        "deal deals agreement agreements contract contracts arrangement arrangements",
    ),
    # a demo, on any call: "does Monday at 9 work for a quick demo call?"
    Rule(
        r"\b(?:a|quick|short|free|live|personal|the)\s+(?:[\w-]+\s+){0,2}?demo(?:nstration)?s?\b",
        "demo demos demonstration",
    ),
    # what we sell, named: "we offer monthly bookkeeping, payroll and tax prep"
    Rule(
        r"\bwe\s+(?:also\s+)?(?:offer|sell|provide)\s+(?!(?:a\s+lot|lots|you|them|it|that|this|those|these)\b)\w+",
        "offer sell provide",
    ),
    # the purchase suggested as a question: "have you thought about a refresh?", "have you
    # considered switching?"
    Rule(
        r"\b(?:have\s+you\s+(?:ever\s+)?(?:thought\s+about|considered|looked\s+into)|are\s+you\s+(?:thinking\s+(?:about|of)|considering|planning\s+on))\s+"
        r"(?:a\s+|an\s+)?(?:getting|switching|upgrading|refresh\w*|redo\w*|new|replac\w*|outsourc\w*|moving\s+to|updating\s+(?:them|it|those|your|the)"
        # ... or another version of what they have: "a holiday version of your boards?"
        r"|(?:[\w-]+\s+){0,2}?(?:version|edition|upgrade|update|refresh|redesign|makeover)\s+(?:of|for)\s+(?:your|the))\b",
        "thought considered looked thinking considering planning",
    ),
    # the firm presented, said as the start of it: "so, a bit about us: eleven years in
    # business..." (a part of its own: "about" is in many lines, "bit" in few)
    Rule(
        r"^\W*(?:(?:so|ok|okay|well|right|first|firstly|anyway)\W+)*(?:just\s+)?(?:a\s+(?:bit|little|quick\s+word)|quickly)\s+about\s+"
        r"(?:us|ourselves|(?:my|our)\s+(?:firm|company|business|practice|team|agency|shop))\b",
        "bit little word quickly",
    ),
    # work fished for: "is there anything you need designed these days?", "got anything
    # that needs printing?"
    Rule(
        r"\banything\s+(?:else\s+)?(?:that\s+)?(?:you|your\s+[\w-]+|(?:that\s+)?needs?)\s+(?:need\s+|needs\s+|want\s+|might\s+need\s+)?"
        r"(?:designed|built|made|done|printed|fixed|redone|updated|installed|painted|cleaned|repaired|serviced|refreshed|written|photographed"
        r"|translated|designing|building|printing|fixing|redoing|updating|painting|repairing|servicing|refreshing)\b",
        "anything",
    ),
    # ... "see if you've got any design work coming up", "any jobs lined up?" (not
    # their projects, a thing to ask about), and our free hands offered: "I have some openings"
    Rule(
        r"\b(?:got|have|need|planning|planned)\s+any\s+(?:more\s+|new\s+)?(?:[\w-]+\s+){0,2}?(?:work|jobs?|orders?|business)\s+"
        r"(?:coming\s+up|in\s+the\s+pipeline|lined\s+up|on\s+the\s+horizon)\b"
        r"|\b(?:i|we)\s+(?:have|'ve\s+got|got|still\s+have)\s+(?:a\s+few\s+|some\s+|a\s+couple\s+(?:of\s+)?)?(?:openings|availability|capacity|free\s+slots)"
        r"(?:\s+for\s+(?:new\s+)?(?:clients|customers|projects|work|jobs))?\W*$",
        "coming pipeline lined horizon openings availability capacity slots",
    ),
    # something free on offer: "a free review of your books", "a free audit"
    Rule(
        r"\bfree\s+(?:review|audit|assessment|consultation|quote|estimate|trial|demo|session|check-?up|evaluation|analysis|sample)s?\b"
        # ... or time free: "I do a free first month", "the first month free"
        r"|\bfree\s+first\s+(?:month|week|quarter)\b|\bfirst\s+(?:month|week|quarter)\s+(?:is\s+)?(?:free|on\s+(?:me|us|the\s+house))\b"
        r"|\b(?:a|one|two|three)\s+(?:free\s+months?|months?\s+free)\s+(?:of|on|for|if|when)\b",
        "free first",
    ),
    Rule(
        r"\b(?:tell|show|walk)\s+you\s+(?:a\s+(?:bit|little)\s+|more\s+)?(?:about|through)\s+"
        # (or about the caller: "so let me tell you about me, i started my practice in 2015")
        r"(?:(?:me|us|myself|ourselves)\b(?=\s*[,.;:!-]|\s*$|\s+(?:first|so|now|quickly)\b)"
        r"|what\s+(?:we|i)(?:'m|'re|\s+am|\s+are)?\s+(?:do|doing|offer|offering|sell|selling|have|working\s+on)|(?:our|my)\s+(?:[\w-]+\s+){0,3}?(?:services?|products?|offerings?|platform|packages?|solutions?|software|app|tool"
        r"|consulting|consultancy|portfolio|deck|proposal|pitch|pricing|rates"
        # the firm's own story: "walk you through our story", "tell you about our company"
        r"|story|history|journey|company|background))\b"
        # "I'll walk you through a proposal over lunch"
        r"|\b(?:walk|take)\s+you\s+through\s+(?:a|an|the|my|our|some)\s+(?:[\w-]+\s+){0,2}?(?:proposal|deck|pitch|presentation|quote|slides|numbers"
        # ... or the service: "walk you through the warehouse layout assessment I've been doing"
        r"|assessment|audit|analysis|offering|platform|product|demo|case\s+stud(?:y|ies))\b"
        # ... or what we would do for them: "walk you through how I could redesign your sites"
        r"|\b(?:walk|take)\s+you\s+through\s+how\s+(?:i|we)\s+(?:could|can|would|'d|might)\b"
        # ... or presented: "a lunch meeting to present my warehouse layout services"
        r"|\bpresent\s+(?:my|our)\s+(?:[\w-]+\s+){0,3}?(?:services?|products?|offerings?|solutions?|platform|software|proposal|packages?)\b"
        # "I wanted to explain my practice so you know what I do"
        r"|\bexplain\s+(?:a\s+(?:bit|little)\s+)?(?:about\s+)?(?:what\s+(?:we|i)\s+(?:do|offer|sell)\b|(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:services?|products?|practice|firm|business|offerings?|platform|company|agency)\b)"
        # the pitch line of a vendor: "we're the best tip-splitting software on the market"
        # (or built: "and built the most complete tip-splitting engine on the market")
        r"|\b(?:we're|we\s+are|we've\s+got|it's|its|built|make|makes|offer|offers|created)\s+(?:(?:basically|literally|honestly|really|actually|just|simply)\s+)?(?:the|a)\s+(?:best|leading|top|number\s+one|#1|fastest|cheapest|most\s+\w+)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:software|platform|provider|solution|company|app|tool|system|service|firm|agency|engine|product)\s+(?:on\s+the\s+market|out\s+there|in\s+the\s+(?:industry|business|country|market|space)"
        # ... or the best for a trade: "we're basically the #1 payroll tool for restaurants"
        r"|for\s+(?!you\b)[a-z]+)\b"
        # ... or the caller's price held up as the best: "and i am the best price in town"
        r"|\b(?:i'm|i\s+am|im|we're|we\s+are)\s+(?:the\s+)?(?:best|cheapest|lowest)\s+(?:price|prices|rates?)\b",
        "tell show walk explain best leading top number fastest cheapest most # present lowest",
    ),
    # product news and the pressure that goes with it: "we just launched a new module",
    # "be one of the first to see it", "only a few pilot slots left" (one part per kind,
    # each gated on words every match of it has)
    Rule(
        r"\b(?:we(?:'ve|\s+have)?|our\s+(?:[\w-]+\s+){0,2}?(?:platform|product|software|app|tool|team|company))\s+(?:just\s+|recently\s+)?(?:launched|released|rolled\s+out)\s+(?:a|an|our)\b"
        r"|\b(?:just|recently)\s+(?:launched|released|rolled\s+out|added)\s+(?:a|an)\s+new\s+(?:[\w-]+\s+){0,2}?(?:module|feature|version|integration|add-on|plan|tier)s?\b"
        # ... or being launched: "listen i am launching my new design studio this month"
        r"|\b(?:i|we)(?:'m|\s+am|m|'re|\s+are)\s+(?:just\s+|now\s+|finally\s+)?launching\s+(?:my|our|a|an)\s+(?:new\s+)?[\w-]+",
        "launched released rolled added launching",
    ),
    # clients sought: "and i am looking for first clients", "we're hoping for new customers"
    Rule(
        r"\b(?:i'm|i\s+am|im|we're|we\s+are)\s+(?:now\s+|just\s+|really\s+)?(?:looking|hoping|searching)\s+for\s+(?:(?:my|our)\s+)?"
        r"(?:new|first|more|some)\s+(?:clients|customers)\b(?!\s+to\s+(?:interview|survey|talk\s+to|test|ask))",
        "looking hoping searching",
    ),
    # the work listed and sold as one: "i do logos, menus, signage ... all in one package"
    Rule(
        r"\b(?:i|we)\s+(?:also\s+)?(?:do|offer|make|sell)\s+[^.!?]{0,120}?\b(?:all\s+)?in\s+one\s+(?:package|bundle|deal)\b",
        "package bundle deal",
    ),
    Rule(
        r"\bbe\s+(?:one\s+of\s+)?the\s+first\s+(?:few\s+)?(?:\w+\s+)?to\s+(?:see|try|get|test|use|pilot)\s+(?:it|this|our|the\s+new)\b",
        "first",
    ),
    # new services told as news: "I also do websites and packaging now", "we now offer
    # catering menus too", "I've expanded my services" (not "we also do care about that too")
    Rule(
        r"\b(?:i|we)(?:'ve|\s+have)?\s+(?:just\s+|recently\s+)?(?:expanded|branched\s+out|grown)\s+(?:my|our)\s+(?:services|offering|offerings|range|line|menu)\b"
        r"|\b(?:i|we)\s+(?:also\s+)?(?:now\s+)?(?:do|offer|make|sell|handle|build|design|provide|cover)\s+"
        r"(?!(?:think|care|want|need|know|like|love|hope|believe|feel|see|get|have|mean|it|that|this|so|not|a\s+lot|the|my|our|his|her|their|your)\b)"
        r"(?:[\w-]+(?:,\s*|\s+and\s+|\s+&\s+|\s+)){1,6}?(?:now|too|as\s+well)\b"
        r"(?<!\bright\snow)(?<!\bjust\snow)(?<!\bfor\snow)"
        # ... or "now" first, then a list: "we now do monthly reconciliations, payroll, ..."
        r"|\b(?:i|we)\s+(?:also\s+)?now\s+(?:do|offer|handle|provide|cover|sell|make|build|design)\s+"
        r"(?!(?:it|that|this|so|not|the|my|our|his|her|their|your)\b)[\w-]+(?:\s+[\w-]+){0,3}?,\s*[\w-]+",
        "expanded branched grown now too well",
    ),
    # the offer talked up: "we've partnered with Halyard and they have some really exciting
    # new booth packages" (not "you make amazing bread")
    Rule(
        r"\b(?:we|we've|our|they|they've|they're)\b[^.!?]{0,40}?\b(?:exciting|amazing|incredible|fantastic|awesome|unbeatable|exclusive)\s+(?:new\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:packages?|offers?|deals?|products?|solutions?|services?|plans?|options?|programs?|promotions?|specials?|bundles?|rates?)\b",
        "exciting amazing incredible fantastic awesome unbeatable exclusive",
    ),
    # ideas for their business brought along: "I also had some ideas for your shops I wanted
    # to run by you"
    Rule(
        r"\b(?:i|we)\s+(?:also\s+|actually\s+)?(?:had|have|got|'ve\s+got|have\s+got)\s+(?:some|a\s+few|a\s+couple\s+of|a\s+couple|lots\s+of|a\s+bunch\s+of)\s+(?:\w+\s+)?"
        r"(?:ideas|thoughts|suggestions|recommendations)\s+(?:for|about|on)\s+your\b"
        # "I've got a consulting idea I want to run by you", "an idea I'd love to pitch you"
        r"|\b(?:idea|ideas|proposal|opportunity|offer)\s+(?:that\s+)?(?:i|we)\s+(?:really\s+)?(?:want|wanted|'d\s+like|'d\s+love|would\s+like|would\s+love)\s+to\s+"
        r"(?:run\s+by|pitch(?:\s+to)?|float\s+(?:by|past)|put\s+in\s+front\s+of|bounce\s+off)\s+you\b",
        "ideas thoughts suggestions recommendations idea proposal opportunity offer",
    ),
    # ... or left unnamed: "there's something I want to run by you about the shops and what
    # we could do with them next"
    Rule(
        r"\bsomething\s+(?:that\s+)?(?:i|we)(?:\s+(?:really\s+)?(?:want|wanted|would\s+like|would\s+love)|'d\s+(?:really\s+)?(?:like|love))\s+to\s+"
        r"(?:run\s+by|pitch(?:\s+to)?|float\s+(?:by|past)|bounce\s+off)\s+you\s+about\s+(?:your|the|what)\b"
        r"|\bwhat\s+(?:i|we)\s+could\s+do\s+(?:with|for)\s+(?:your|them|it|the)\b",
        "something could",
    ),
    # what we do, said to be what their people need: "maybe your team could use it"
    Rule(
        r"\b(?:you|your\s+(?:team|crew|people|guys|staff|company|shop|shops|business|office|folks|ops|warehouse))\s+"
        r"(?:could|might|would|should)\s+(?:really\s+|definitely\s+|probably\s+)?(?:use|benefit\s+from)\s+(?:it|this|that|our|my|what\s+(?:we|i))\b",
        "use benefit",
    ),
    # a deal or the work itself offered: "i could give you a good rate", "let me do the
    # branding for the new shop"
    Rule(
        r"\b(?:give|get|offer|do)\s+you\s+(?:a\s+)?(?:really\s+)?(?:good|great|special|friends?|mates?|discounted|better|fair|sweet|nice)\s+(?:rate|deal|price|discount)\b"
        # ... or a rate of ours named as a favour: "I'd do a friends rate", "I can offer a
        # special price" (not "we do a good deal of work")
        r"|\b(?:i|we)(?:'d|\s+would|\s+could|\s+can|'ll|\s+will)\s+(?:happily\s+|definitely\s+)?(?:give|offer|do)\s+(?:a\s+)?(?:friends?'?|mates?'?|special|discounted|family)\s+(?:rate|deal|price|discount)\b(?!\s+of\b)"
        r"|\blet\s+(?:me|us)\s+(?:do|handle|take\s+care\s+of|redo|design|build|quote(?:\s+for)?)\s+(?:the|your)\s+"
        r"(?:branding|rebrand|signage|signs|menus?|menu\s+boards|website|site|logo|packaging|design|books|bookkeeping|marketing|install|fit-?out|renovation|remodel)\b"
        # "i could also do your packaging and instagram templates" (work only a vendor
        # does: not "we can do your install friday")
        r"|\b(?:i|we)\s+(?:could|can)\s+(?:also\s+)?(?:do|handle|redo|design|build)\s+your\s+"
        r"(?:branding|rebrand|signage|menus|menu\s+boards|website|logo|packaging|bookkeeping|instagram|templates)\b",
        "rate deal price discount let branding rebrand signage menus menu website logo packaging"
        " bookkeeping instagram templates",
    ),
    # the classic opener: "if I could show you a way to increase revenue by 20 percent..."
    Rule(
        r"\b(?:i|we)\s+(?:could|can)\s+show\s+you\s+(?:a\s+way|how)\s+to\s+(?:increase|grow|boost|cut|save|double|triple|reduce|lower|improve|make|raise)\b",
        "show",
    ),
    Rule(
        r"\b(?:pilot|beta|founding|early-access|launch|onboarding)\s+(?:slots|spots|seats|places|openings|licen[cs]es)\s+(?:left|remaining)\b",
        "slots spots seats places openings licenses licences",
    ),
    # a result promised for their business, their thing said to need work, or a sales deck
    # brought along: "I could take 15% out of your pick times", "I bet I could find you 15
    # percent more", "your site could use a rethink", "I'll bring a short deck"
    Rule(
        r"\b(?:i|we)\s+(?:think\s+(?:i|we)\s+)?(?:could|can|would|'d)\s+(?:probably\s+|easily\s+|likely\s+|definitely\s+)?(?:take|cut|shave|knock|trim|save\s+you)\s+"
        r"(?:[\w$%.-]+\s+){1,3}?(?:off|out\s+of|from)\s+(?:your|their)\b",
        "take cut shave knock trim save",
    ),
    # ... or "I bet I could cut your travel time by 20 percent"
    Rule(
        r"\b(?:i|we)\s+(?:bet\s+(?:i|we)\s+|think\s+(?:i|we)\s+)?(?:could|can|would|'d)\s+(?:easily\s+|probably\s+|likely\s+|definitely\s+)?"
        rf"(?:(?:find|get|give|save|free\s+up|win)\s+you\s+(?:\w+\s+){{0,2}}?(?:{_PERCENT})"
        r"|(?:cut|reduce|lower|shave|trim|slash|halve|double|boost|increase|improve|raise|grow)\s+your\s+(?:[\w-]+\s+){0,3}?by\s+"
        rf"(?:{_PERCENT}|half|a\s+third|a\s+quarter))",
        "percent half third quarter #",
    ),
    # ... or their side's gain foretold: "I think Front Range's facilities could pick up 15
    # percent throughput", "your crews would save 20 percent"
    Rule(
        r"\b(?:your|[\w-]+'s)\s+(?:[\w-]+\s+){0,2}?(?:could|would|can|will)\s+(?:easily\s+|probably\s+|likely\s+|definitely\s+)?"
        rf"(?:pick\s+up|gain|save|get\s+back|free\s+up|cut|add|win\s+back)\s+(?:(?:an\s+)?(?:extra|another)\s+)?(?:{_PERCENT})",
        "percent #",
    ),
    # ... or a sum foretold without a figure: "I think Front Range could save a fortune on
    # pick paths" (not "save a seat", "save me a spot"; a saving promised, like the rule of
    # "we could save you money" above, but a part of its own: that one is searched on every
    # line with "like" or "love", this one only on lines with "save")
    Rule(
        r"\b(?:could|would|can|will|'d)\s+(?:easily\s+|probably\s+|likely\s+|definitely\s+|really\s+)?save\s+(?:you\s+|them\s+|yourselves\s+|you\s+guys\s+)?"
        r"(?:a\s+(?:small\s+)?(?:fortune|bundle|ton|packet)|thousands|millions|big\s+money|serious\s+(?:money|cash)|real\s+money|(?:a\s+lot\s+of\s+|lots\s+of\s+)?money)\b",
        "save",
    ),
    # money said to be lost without us: "you're leaving money on the table with your dock setup"
    Rule(
        r"\b(?:you're|you\s+are|you've\s+been|you\s+guys\s+are)\s+(?:probably\s+|definitely\s+|likely\s+|still\s+)?leaving\s+(?:\w+\s+)?(?:money|cash|dollars|revenue|margin)\s+on\s+the\s+table\b",
        "leaving",
    ),
    # what we sell, said to be what they need: "your company, I think, needs a new warehouse
    # layout", "your shop could really use a better booking system"
    Rule(
        r"\byour\s+[\w-]+(?:\s+[\w-]+){0,2}?(?:,?\s*i\s+(?:think|reckon|feel|believe|bet),?)?\s+(?:really\s+|definitely\s+|probably\s+)?"
        r"(?:needs?|could\s+(?:really\s+)?use|would\s+benefit\s+from)\s+(?:a|an|some)\s+(?:new|modern|updated|better|proper|fresh)\s+"
        r"(?:[\w-]+\s+)?(?:layout|system|software|website|site|design|setup|set-up|racking|lighting|signage|branding|logo|menu"
        r"|packaging|process|platform|tool|app|solution)s?\b",
        "need needs use benefit",
    ),
    # a pilot put to them: "maybe we can talk about a pilot at one of your sites"
    Rule(
        r"\b(?:talk\s+about|discuss|do|run|set\s+up|start|kick\s+off|try|put\s+together)\s+(?:a|an)\s+(?:small\s+|quick\s+|short\s+|little\s+|paid\s+)?(?:pilot|trial\s+run)\b",
        "pilot trial",
    ),
    Rule(
        r"\b(?:could|would|might)\s+(?:really\s+|definitely\s+|probably\s+|seriously\s+)?(?:use|do\s+with|benefit\s+from)\s+(?:a|an|some)\s+(?:fresh\s+|real\s+|proper\s+|serious\s+|good\s+)?"
        r"(?:rethink|refresh|overhaul|upgrade|redesign|makeover|facelift|revamp|tune-?up|fresh\s+look|second\s+look"
        # ... or new work of the kind we do: "your instagram could really use some new graphics"
        r"|(?:new|modern|updated)\s+(?:graphics|photos|photography|signage|signs|branding|logo|website|site|menus?|boards|packaging|designs?|templates|content|copy|images|visuals))\b",
        "rethink refresh overhaul upgrade redesign makeover facelift revamp tune tuneup look graphics photos"
        " photography signage signs branding logo website site menu menus boards packaging design designs"
        " templates content copy images visuals",
    ),
    Rule(
        r"\b(?:i'll|i\s+will|i\s+can|i\s+could|let\s+me|we'll|we\s+can|i'd\s+(?:like|love)\s+to|i\s+want\s+to)\s+bring\s+(?:along\s+)?(?:(?:my|our|a)\s+(?:laptop|computer|ipad|tablet)\s+and\s+)?(?:a|an|some|the|my|our)\s+(?:short\s+|quick\s+|little\s+|few\s+)?(?:slide\s+)?"
        r"(?:deck|presentation|slides|proposal|samples?|brochures?|pitch|demo|pricing|price\s+list|case\s+stud(?:y|ies)|testimonials)\b"
        # the same sent ahead: "I'll send over the proposal ahead of time" (a talk's slides
        # sent on are a courtesy, not a sale)
        # (or offered as a question: "so should i send you our rate sheet")
        r"|\b(?:i'll|i\s+will|i\s+can|i\s+could|let\s+me|we'll|we\s+can|(?:should|shall|can|could)\s+(?:i|we)|(?:want|like)\s+me\s+to"
        r"|(?:how|what)\s+about\s+(?:if\s+)?i|what\s+if\s+i|why\s+don't\s+i)\s+(?:just\s+)?(?:send|email|forward|drop)\s+(?:(?:you|over|across|along|through)\s+){0,2}"
        r"(?:a|an|some|the|my|our)\s+(?:short\s+|quick\s+|full\s+|formal\s+)?(?:sales\s+)?(?:deck|proposal|brochures?|pricing|price\s+(?:list|sheet)|quote|rate\s+(?:card|sheet)|pricing\s+sheet)\b"
        # (or the deck named first: "I've got a slide deck I can bring")
        r"|\b(?:slide\s+)?(?:deck|presentation|slides|proposal)\s+(?:that\s+)?(?:i|we)\s+(?:can|could|'ll|will)\s+(?:bring|send|show\s+you|walk\s+you\s+through)\b"
        # (or made ready for them: "I've put together a short deck on how I could redo your
        # layout"; not slides from a talk, sent on as a courtesy)
        r"|\b(?:i've|i\s+have|we've|we\s+have|i|we)\s+(?:put\s+together|prepared|pulled\s+together|drafted|mocked\s+up|worked\s+up)\s+(?:a|an|some)\s+"
        r"(?:short\s+|quick\s+|little\s+|brief\s+|rough\s+)?(?:slide\s+)?(?:deck|presentation|proposal|pitch|mock-?ups?)\b"
        # the paperwork of a sale: "I can have the statement of work over to you by Friday"
        # (or "should I email you the agreement today?")
        r"|\b(?:send|have|get|email|e-mail|mail|forward)\s+(?:you\s+)?(?:the|a|an|my|our)\s+(?:statement\s+of\s+work|sow|contract|(?:service\s+)?agreement|order\s+form|engagement\s+letter|sign-?up\s+form)\b"
        # ... or the offer itself put on their desk: "have a proposal on your desk by friday"
        r"|\b(?:have|get|put)\s+(?:a|an|my|our|the)\s+(?:[\w-]+\s+)?(?:proposal|quote|estimate|bid)\s+(?:on\s+your\s+desk|in\s+your\s+inbox|over\s+to\s+you|to\s+you)\b",
        "bring send email forward drop show walk together prepared drafted mocked worked have get",
    ),
    # ... or simply had: "I've got a short deck, about thirty minutes" (a part of its own:
    # "got" is in many lines, a deck in few)
    Rule(
        r"\b(?:i've|i\s+have|we've|we\s+have|i|we)\s+(?:got|have|'ve\s+got)\s+(?:a|an|this)\s+(?:short\s+|quick\s+|little\s+|brief\s+|rough\s+|great\s+|new\s+)?"
        r"(?:slide\s+)?(?:deck|sales\s+presentation|pitch|proposal\s+for\s+(?:you|your))\b",
        "deck presentation pitch proposal",
    ),
    # room for improvement seen in their business: "I think there's real room to improve
    # your pick paths" (not "there's room for two more at the table")
    Rule(
        r"\b(?:there's|there\s+is|theres|i\s+see|i\s+saw|you've\s+got|you\s+have)\s+(?:real|a\s+lot\s+of|lots\s+of|plenty\s+of|some|huge|big|serious|definite)\s+"
        r"room\s+(?:to|for)\s+(?:improve|improvement|cut|save|savings|tighten|optimi[sz]\w*|speed)",
        "room",
    ),
    # a track record told as what we do for people like them: "I usually cut travel time on
    # the floor by 15 to 20 percent for clients your size"
    Rule(
        r"\b(?:i|we)\s+(?:usually|typically|often|normally|generally|always|regularly|routinely)\s+"
        r"(?:cut|reduce|lower|shave|trim|save|boost|increase|improve|raise|grow)\s+(?:[\w-]+\s+){0,5}?by\s+(?:\d+\s+(?:to|or)\s+)?"
        rf"(?:{_PERCENT}|half|a\s+third|a\s+quarter)",
        "usually typically often normally generally always regularly routinely",
    ),
    # the buyer hunted for: "who at Counterpoint is responsible for purchasing payroll
    # software?", "who does the buying of uniforms there" (a vendor's question, not a peer's)
    Rule(
        r"\bwho(?:'s|s)?\b[^.?!]{0,40}?\b(?:responsible\s+for|in\s+charge\s+of|handles?|does|decides?\s+on|looks\s+after|signs\s+off\s+on)\s+"
        r"(?:the\s+|your\s+)?(?:purchasing|purchases|buying|procurement)\b",
        "purchasing purchases buying procurement",
    ),
    # the buyer asked along: "could you also bring whoever signs off on capital projects?",
    # "loop in your decision maker"
    Rule(
        r"\b(?:bring|invite|include|loop\s+in|cc|ask)\s+(?:along\s+)?(?:whoever|the\s+(?:person|one)\s+(?:who|that)|someone\s+(?:who|that)|anyone\s+(?:who|that))\s+"
        r"(?:\w+\s+)?(?:signs?\s+off|approves?|controls?|(?:owns?|runs?|manages?)\s+(?:the\s+|your\s+)?(?:\w+\s+)?budget|holds?\s+the\s+(?:\w+\s+)?(?:budget|purse)|handles?\s+(?:the\s+)?(?:budgets?|purchasing|procurement|spend))\b"
        # ... or wanted there: "it'd be good to have the decision maker at the table"
        r"|\b(?:have|get)\s+(?:your|the|a)\s+(?:\w+\s+)?(?:decision[\s-]makers?|budget[\s-]holders?)\s+(?:at\s+the\s+table|in\s+the\s+room|there|on\s+the\s+call|along|with\s+us)\b"
        r"|\b(?:bring|invite|include|loop\s+in)\s+(?:along\s+)?(?:your|the|a)\s+(?:\w+\s+)?(?:decision[\s-]makers?|budget[\s-]holders?|buyers?|purchasing\s+(?:manager|lead|person))\b"
        # ... named after someone else asked along: "bring your ops manager and whoever signs
        # off on consulting spend"
        r"|\b(?:bring|invite|include|loop\s+in)\s+(?:along\s+)?(?:your|the)\s+(?:[\w-]+\s+){1,3}?(?:and|or|plus)\s+(?:whoever|the\s+(?:person|one)\s+(?:who|that))\s+"
        r"(?:\w+\s+)?(?:signs?\s+off|approves?|controls?\s+the\s+budget|holds?\s+the\s+(?:\w+\s+)?budget)\b",
        "bring invite include loop cc ask have get",
    ),
    # the boss asked along to a catch-up: "could you get your ceo to come along", "can you
    # bring your vp of ops"
    Rule(
        r"\b(?:bring|invite|include|loop\s+in|get|have)\s+(?:along\s+)?your\s+(?:ceo|cfo|coo|boss|owner|president|vp|gm)\s+"
        r"(?:of\s+[\w-]+\s+)?(?:to\s+(?:come|join|sit\s+in|tag\s+along)|along|too|in\s+on\s+it)\b"
        r"|\b(?:bring|invite|loop\s+in)\s+(?:along\s+)?your\s+(?:ceo|cfo|coo|boss|president|vp|gm)\b(?:\s+of\s+[\w-]+)?(?=\s*(?:[,.;!?]|$|and\b|so\b|too\b|as\s+well\b))"
        # ... or wished along: "it'd be great if your VP of logistics could join us too"
        r"|\b(?:if|maybe)\s+your\s+(?:ceo|cfo|coo|boss|owner|president|vp|gm)\s+(?:of\s+[\w-]+\s+)?(?:could|can|would|might)\s+(?:also\s+)?"
        r"(?:join|come\s+(?:along|too)|sit\s+in|tag\s+along)\b",
        "ceo cfo coo boss owner president vp gm",
    ),
    # our work put in front of them: "i want to show him my layout stuff", "I'd love to
    # walk you through what we built for Acme" (not "let me show you where the file is")
    Rule(
        # (or longed for: "I've been dying to show you what I'm doing now with layouts")
        r"\b(?:i|we)(?:\s+(?:really\s+|just\s+)?(?:want|wanted|wanna|would\s+(?:really\s+)?(?:like|love)|can|could|will|get\s+to)|'d\s+(?:really\s+)?(?:like|love)|'ll"
        r"|(?:'ve|\s+have)\s+been\s+(?:dying|itching|meaning|wanting|waiting)|(?:'m|\s+am)\s+(?:dying|itching|excited|keen)|\s+can't\s+wait)\s+(?:to\s+)?"
        r"(?:show|walk)\s+(?:you|him|her|them|y'all|you\s+guys|your\s+(?:[\w-]+\s+)?(?:team|boss|people|crew|staff|folks|manager|partners?))\s+(?:through\s+)?"
        r"(?:(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:stuff|work|product|products|platform|software|tool|app|system|services?|solution|designs?|portfolio|samples?|ideas|plans?|layouts?|deck|numbers|offer|range|line)\b"
        r"|what\s+(?:i|we)\s+(?:do|did|built|build|make|made|offer|have|can\s+do)\b"
        r"|what\s+(?:i'm|we're|i\s+am|we\s+are|i've\s+been|we've\s+been)\s+(?:doing|building|making|selling|offering|working\s+on)\b)",
        "show walk",
    ),
    # the sale sized up as their loss: "I bet you're overpaying", "you're probably paying too
    # much for freight"
    Rule(
        r"\b(?:you(?:'re|\s+are|re)|you've\s+been|you\s+have\s+been)\s+(?:probably\s+|likely\s+|definitely\s+|almost\s+certainly\s+|still\s+)?"
        r"(?:overpaying|overspending|paying\s+(?:way\s+)?too\s+much|leaving\s+money\s+on\s+the\s+table)\b"
        # ... or asked as a question of their bill: "are you happy with what you pay?"
        r"|\bare\s+you\s+(?:happy|ok|okay|fine|comfortable)\s+with\s+what\s+you(?:'re|\s+are)?\s+(?:pay|paying)\b",
        "overpaying overspending paying leaving pay",
    ),
    # our work on their bills offered: "30 min to review brightwater's freight invoices",
    # "happy to go over your phone bills" (a look at what they pay, the way in to a sale)
    Rule(
        r"\b(?:to|and|can|could|i'd|we'd|i'll|we'll|let\s+me|happy\s+to|love\s+to)\s+(?:quickly\s+|just\s+)?"
        r"(?:review|audit|look\s+over|look\s+through|go\s+over|go\s+through|analy[sz]e)\s+(?:your|[\w-]+'s|[\w-]+s'?)\s+(?:[\w-]+\s+)?"
        r"(?:invoices|bills|spend|rates|statements|costs|expenses|contracts|policies|premiums)\b"
        # ... or asked whether to: "want me to look at your numbers?"
        r"|\b(?:want|wanna|like)\s+me\s+to\s+(?:take\s+a\s+)?(?:look\s+(?:at|over|through)|review|audit|go\s+(?:over|through)|check)\s+your\s+(?:[\w-]+\s+)?"
        r"(?:numbers|books|accounts|invoices|bills|statements|costs|figures|policies|premiums)\b",
        # (one whole word of every match: "look" and "go" alone would open it on most lines)
        "review audit analyze analyse over through at check",
    ),
    Rule(
        r"\bwhat(?:'s|\s+is|\s+would\s+be)\s+(?:your|the)\s+budget\b|\byour\s+budget\s+(?:for|look(?:s|ing)?\s+like|this\s+year)\b"
        # ... asked yes or no: "does corvid have a budget for shows this year", "is there any
        # budget set aside for it"
        r"|\b(?:do|does|did)\s+(?:you|you\s+guys|y'all|(?:the\s+|your\s+)?[\w-]+)\s+(?:have|got)\s+(?:a|any|the|some)\s+(?:[\w-]+\s+)?budget\s+(?:for|set|this|left)\b"
        r"|\bis\s+there\s+(?:a|any|some)\s+(?:[\w-]+\s+)?budget\s+(?:for|set|this|left)\b"
        # their need for it taken as given: "you must need signage and stuff for both of them"
        r"|\byou\s+(?:must|probably|surely|definitely)\s+need\s+(?:some\s+|new\s+|more\s+)?[\w-]+(?:\s+(?:and\s+stuff|and\s+things))?\s+(?:for|across|at|in)\s+(?:both|all|each|every|your)\b"
        # ... or as one more thing they must have: "since you're a broker you probably need a
        # bookkeeper too" (its "probably" perhaps typed short: "probly")
        r"|\byou\s+(?:must|probably|probly|prolly|surely|definitely|certainly)\s+(?:also\s+)?need\s+(?:a|an|some)\s+(?:good\s+|new\s+)?[\w-]+(?:er|or|ant|ist|ware|site|app|system|service|services|plan|cover|insurance)\s+(?:too|as\s+well|also)\b"
        # who holds the money: "you can tell me who signs off on the budget"
        r"|\bwho\s+(?:signs?\s+off\s+on|approves|controls|holds|owns|decides\s+on|sets)\s+(?:the\s+|your\s+|a\s+)?(?:[\w-]+\s+)?budgets?\b"
        r"|\bin\s+the\s+market\s+for\b|\b(?:would|are)\s+you\s+(?:be\s+)?(?:interested|open)\s+(?:in|to)\s+(?:our|my|trying|switching|buying|a\s+(?:quick\s+)?demo)\b"
        # ... or whether they need us: "so maybe your office needs us?", "do you need us"
        r"|\b(?:you|your\s+(?:[\w-]+\s+)?[\w-]+)\s+(?:maybe\s+|might\s+|could\s+|would\s+|really\s+)?needs?\s+(?:us|our\s+(?:services?|help|team|product|firm|company))\b",
        "budget market interested open need needs",
    ),
    # our price list sent unasked: "i can send you our packages today", "I'll send you my
    # rates" (not a brochure, a sample or a case study, which a next step may send)
    Rule(
        r"\b(?:i|we)(?:\s+(?:can|could|will|would|shall)|'ll|'d)\s+(?:also\s+|just\s+)?(?:send|email|whatsapp|forward)\s+(?:you\s+|u\s+)?(?:over\s+)?(?:our|my)\s+"
        r"(?:packages|package\s+list|price\s+list|pricelist|prices|rates|rate\s+card|pricing|tariffs?|fees)\b",
        "send email whatsapp forward",
    ),
    # our prices praised before anyone asked: "our rates are very fair for a small brokerage",
    # "my rates are pretty flexible for old colleagues"
    Rule(
        r"\b(?:our|my)\s+(?:rates|prices|fees|pricing|charges|packages)\s+(?:are|is|'re|'s)\s+(?:(?:very|really|pretty|super|quite|so|extremely)\s+)?"
        r"(?:fair|competitive|reasonable|affordable|low|great|good|unbeatable|sharp|keen|the\s+best|flexible|negotiable|friendly|cheap)\b",
        "rates prices fees pricing charges packages",
    ),
    # a pitch said outright: "i want to pitch you guys on a layout audit", "I'd love to pitch
    # your team" (not denied: "I'm not here to pitch you")
    Rule(
        r"\b(?:i|we)(?:'d|\s+would)?\s+(?:really\s+|just\s+|honestly\s+|actually\s+)?(?:want|wanted|wanna|like|love|(?:'m|\s+am|'re|\s+are)\s+(?:going|gonna|hoping))\s+(?:to\s+)?"
        r"pitch\s+(?:you|ya|u|y'all|you\s+guys|you\s+all|him|her|them|your\s+[\w-]+)\b"
        # ... or for their work: "id like to pitch for the new layout work at front range"
        r"|\b(?:i|we)(?:'d|\s+would|d)?\s+(?:really\s+|just\s+)?(?:want|wanted|wanna|like|love|(?:'m|\s+am|'re|\s+are)\s+(?:going|gonna|hoping))\s+(?:to\s+)?"
        r"pitch\s+for\s+(?:the|your|some|a|an|their|that|this)\s+(?:[\w-]+\s+){0,3}?(?:work|contract|job|project|projects|business|account|tender|deal)\b"
        # ... or they named as the kind of account we are after: "Front Range is exactly the
        # kind of account I need right now"
        r"|\b(?:exactly|just|precisely)\s+the\s+(?:kind|sort|type)\s+of\s+(?:account|client|customer|business|company|firm|outfit)\s+(?:i|we)"
        r"(?:\s+(?:need|want|go\s+after|target|love\s+to\s+(?:work\s+with|land|win))|(?:'m|\s+am|'re|\s+are)\s+(?:looking\s+for|after|targeting|chasing))\b",
        "pitch kind sort type",
    ),
    # scarcity pressed on them: "we're booking up fast for the fall shows", "only a few
    # slots left", "before we fill up"
    Rule(
        r"\b(?:we're|we\s+are|were|we've\s+been|i'm|i\s+am|im)\s+(?:already\s+|really\s+)?(?:booking|filling|selling)\s+up\s+(?:fast|quickly)\b"
        r"|\b(?:spots?|slots?|spaces?|places?|openings?)\s+(?:are\s+)?(?:limited|going\s+fast|filling\s+up)\b"
        r"|\bonly\s+(?:a\s+few|a\s+couple(?:\s+of)?|\d+|two|three|four|five)\s+(?:spots?|slots?|spaces?|places?|openings?)\s+left\b"
        r"|\bbefore\s+(?:we|they|it)\s+(?:fill|sell|book)\s+up\b",
        "booking filling selling spot spots slot slots space spaces place places opening openings fill sell book",
    ),
)


# Our product gone through with them: "so I can go through what we do", "let me run you
# through what we offer" (looked for only where "through what" is said: a common word, a
# rare phrase).
_GONE_THROUGH = Lazy(
    r"(?i)\b(?:(?:i|we)(?:\s+(?:can|could|will|would)|'ll|'d)|let\s+me)\s+(?:go|run|take\s+you|run\s+you)\s+through\s+what\s+(?:i|we)\s+(?:do|offer|have|can\s+do)\b"
)


def sales_offer(sentence: str) -> str | None:
    """The words of a sentence that sells (offers paid work, a deal, the product, or sizes up
    the sale), or None."""
    match = (
        leftmost_match(_SALES_OFFER, sentence)
        or TIME_FOR_A_CHANGE.match(sentence)
        or (_GONE_THROUGH.search(sentence) if "through what" in sentence.lower() else None)
    )
    return sentence[match.start() : match.end()].strip() if match else None
