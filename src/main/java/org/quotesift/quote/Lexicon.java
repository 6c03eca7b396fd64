package org.quotesift.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** General-English word lists the attribution rules use. Immutable; built once. */
final class Lexicon {

  private Lexicon() {}

  private static Set<String> set(String words) {
    return Set.copyOf(words(words));
  }

  /**
   * The space-separated words of {@code text}. Not {@code String.split("\\s+")}: that compiles a
   * regular expression per call, and this class's initialiser runs on every start-up.
   */
  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
      int start = i;
      while (i < n && text.charAt(i) != ' ') {
        i++;
      }
      if (i > start) {
        out.add(text.substring(start, i));
      }
    }
    return out;
  }

  /** Reporting verbs (base forms); {@link #CUES} holds all their forms. */
  private static final String CUE_BASES =
      "say tell add argue write tweet ask state explain note reply respond declare conclude continue"
          + " insist admit acknowledge announce promise remark warn claim suggest recall urge vow shout"
          + " chant call describe observe report comment complain confirm deny emphasize emphasise stress"
          + " predict boast joke quip muse mutter whisper scream yell exclaim cry plead pledge assert"
          + " maintain contend counter retort answer testify reiterate repeat recount reveal disclose"
          + " concede caution advise lament charge accuse blame question wonder speculate estimate"
          + " propose demand post blog text email posit allege affirm proclaim inform assure brag gush"
          + " rant fume snap scoff sneer interject interrupt summarize summarise dub label term refer"
          + " characterize characterise hail praise slam blast criticize criticise condemn attack mock"
          + " dismiss decry denounce threaten think believe hope feel worry fear expect announce"
          + " tout insist reason point suggest acknowledge signal complain vow applaud thank"
          + " quote cite sing preach tease type greet pray recommend forecast theorize opine beam"
          + " remember exhort echo boom gripe grumble sigh laugh shrug marvel concur reply mouth"
          + " indicate portray frame protest snipe vent bemoan chide bark";

  private static final String CUE_IRREGULAR =
      "said told wrote written thought felt read spoke sang quipped quipping agreed agrees"
          + " referred referring concurred concurring labelled labelling signalled signalling"
          + " marvelled marvelling";

  static final Set<String> CUES = buildCues();

  /** Base forms of the reporting verbs (state, report, attack), which double as nouns. */
  static final Set<String> CUE_BASE_FORMS = set(CUE_BASES);

  /** Forms of "be" that make a following participle passive (is called, was described). */
  static final Set<String> BE = set("is was were are be been being 's ’s");

  /** Words after which a base form is a verb: subject pronouns, modals, plural subjects' adverbs. */
  static final Set<String> BEFORE_BASE_VERB =
      set("i we they you who will would could can may might should must did do does don't didn't"
          + " don’t didn’t not never also often always still usually which that");

  /** Nouns for works and shows whose names are written in quote marks (the podcast “So, That Happened”). */
  static final Set<String> WORK_NOUNS =
      set("show program programme podcast film movie book memoir novel album song single series"
          + " documentary play musical episode segment pseudonym nickname slogan hashtag newsletter"
          + " magazine column blog video broadcast edition installment competition contest sitcom"
          + " drama comedy thriller opera poem");

  /** Words for broadcasters whose possessive names a programme (the network’s “…”). */
  static final Set<String> BROADCASTERS = set("television tv channel network news radio station");

  /** Documents and media that "say" things (the statement said, the report stated). */
  static final Set<String> DOCUMENTS =
      set("statement report article letter memo study survey poll ad video book post tweet release"
          + " editorial column story message note document filing complaint lawsuit ruling sign banner"
          + " website site page headline caption transcript email emails spokesman spokeswoman"
          + " campaign group organization organisation committee office agency department network"
          + " newspaper paper magazine outlet blog account platform petition sources source official"
          + " officials aide aides results findings analysis audit investigation records documents"
          + " bill law legislation resolution charity nonprofit non-profit foundation");

  /** Cues that describe the speaker's belief rather than speech: weaker evidence. */
  static final Set<String> WEAK_CUES =
      forms("think believe hope feel worry fear expect call refer praise hail thank",
          "thought felt referred referring");

  /** Participles that hang off a main clause (…, saying “…”): the speaker is that clause's subject. */
  static boolean isParticiple(String w) {
    return w.endsWith("ing");
  }

  private static Set<String> buildCues() {
    Set<String> s = new HashSet<>(forms(CUE_BASES, CUE_IRREGULAR));
    s.add("saying");
    s.add("says");
    s.add("telling");
    s.add("tells");
    s.add("writing");
    s.add("writes");
    s.add("reads");
    s.add("thinks");
    s.add("thinking");
    s.add("feels");
    s.add("feeling");
    s.add("speaks");
    s.add("speaking");
    s.remove("sing"); // "sing" the base is rare, "sings" and "sang" stay
    s.remove("continue"); // "will continue to be": the base is rarely a reporting verb
    return Set.copyOf(s);
  }

  /** All forms (base, -s, -ed, -ing, doubled consonants) of the bases, plus the irregular forms. */
  private static Set<String> forms(String bases, String irregular) {
    Set<String> s = new HashSet<>();
    for (String b : words(bases)) {
      s.add(b);
      String stem = b.endsWith("e") ? b.substring(0, b.length() - 1) : b;
      if (b.endsWith("y") && !b.endsWith("ay") && !b.endsWith("ey")) {
        String y = b.substring(0, b.length() - 1);
        s.add(y + "ies");
        s.add(y + "ied");
      } else if (b.endsWith("s") || b.endsWith("sh") || b.endsWith("ch") || b.endsWith("x")) {
        s.add(b + "es");
      } else {
        s.add(b + "s");
      }
      s.add(b.endsWith("e") ? b + "d" : b + "ed");
      s.add(stem + "ing");
      if (doublesFinal(b) && !b.endsWith("w")) {
        char last = b.charAt(b.length() - 1);
        s.add(b + last + "ed");
        s.add(b + last + "ing");
      }
    }
    for (String w : words(irregular)) {
      s.add(w);
    }
    return Set.copyOf(s);
  }

  /**
   * Whether a base ends consonant, vowel, one of t p g b m ({@code admit}, {@code quip}, {@code
   * stop}), doubling its last letter before -ed and -ing; checked by hand, not by a regex, because
   * this runs for every base while the class loads.
   */
  private static boolean doublesFinal(String b) {
    int n = b.length();
    return n >= 3 && "tpgbm".indexOf(b.charAt(n - 1)) >= 0 && isVowel(b.charAt(n - 2))
        && !isVowel(b.charAt(n - 3));
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  static final Set<String> PRONOUNS = set("he she they it i we you who");
  /** The pronouns that, outside quote marks, stand for the writers or the reader. */
  static final Set<String> WRITER_OR_READER = set("i we you");

  static final Set<String> ABBREVIATIONS =
      set("mr mrs ms dr sen rep gov gen lt col sgt capt st jr sr prof rev adm maj cpl pvt pres"
          + " gen. no vs etc inc corp co ltd dept jan feb mar apr aug sept sep oct nov dec ft mt"
          + " calif fla ky tenn ill ind ariz mass conn colo minn wis wash ore okla nev neb ala ark kan"
          + " mich miss pa va vt wyo del md la");

  /** Words that end a noun phrase: verbs, auxiliaries, relatives, conjunctions, prepositions. */
  static final Set<String> NP_STOP =
      set("is was were are be been being am has have had having will would could can may might should"
          + " must shall did does do doesn't don't didn't isn't wasn't won't wouldn't who whom whose which that"
          + " where when while because if as than to and but or nor not also then so yet however"
          + " although though since until unless after before during about into over under on in at"
          + " by with without against between through across toward towards upon via per"
          + " this these those there here now just only even still again already once never always"
          + " often later earlier recently reportedly previously first finally himself herself themselves"
          + " itself it's he's she's they're we're i'm what why how whether");

  /** Prepositions allowed inside a noun phrase (Joel Pollak of Breitbart, a spokesman for the campaign). */
  static final Set<String> NP_PREP = set("of for from at");

  static final Set<String> DETERMINERS =
      set("the a an his her their its our my your this that these those another one some many several"
          + " two three four five six seven eight nine ten dozens hundreds thousands most both each every"
          + " any no few other such");

  /** Adverbs and time words that may stand between a subject and its verb. */
  static final Set<String> PRE_VERB =
      set("also then later previously once again has have had was is were are will would could can may"
          + " might should recently repeatedly earlier reportedly further simply just never always often"
          + " publicly privately quickly finally first last today yesterday tonight sunday monday tuesday"
          + " wednesday thursday friday saturday morning afternoon evening night week month year on this"
          + " already even only still now subsequently immediately angrily flatly bluntly curtly initially"
          + " frequently famously once twice ago not n't did does do been being had");

  /** Words that open a clause or phrase before the subject (In his address to …, Graham said). */
  static final Set<String> CLAUSE_OPENERS =
      set("in on at after before during while when since although though if as because with without"
          + " despite for from by to of until unless upon amid among under over like following given"
          + " according once whether rather instead alongside beyond besides throughout within across"
          + " behind near regarding concerning per via");

  /** Words that begin a parenthetical between a subject and its verb. */
  static final Set<String> PARENTHETICAL =
      set("who whom whose which where the a an his her their its one another also however meanwhile"
          + " though too like including in at for of from on who's speaking citing according"
          + " echoing appearing writing talking not");

  /** Title and role words stripped off a name to find the person (Sen., Foreign Minister). */
  static final Set<String> TITLES =
      set("president president-elect vice sen. senator rep. representative gov. governor secretary"
          + " minister foreign prime"
          + " chairman chairwoman chair leader majority minority speaker senate house mr. mrs. ms. miss dr."
          // British style writes the abbreviations with no full stop (Mr Lang, Lt Col Ana Ruiz)
          + " mr mrs ms dr lt col sgt capt prof rev supt insp"
          + " prof. professor gen. general adm. admiral col. colonel lt. sgt. capt. captain judge justice"
          + " attorney mayor director ambassador chief commissioner spokesman spokeswoman state defense"
          + " treasury deputy former pope king queen prince princess rev. reverend sheriff chancellor"
          + " premier supreme ceo editor host commander officer agent detective coach candidate nominee"
          + " presidential democratic republican gop u.s. us american british chinese russian korean"
          + " north south east west japanese french german israeli iranian syrian mexican canadian"
          + " first lady sir dame lord congressman congresswoman councilman councilwoman chairperson"
          + " executive founder co-founder analyst presumptive independent conservative liberal"
          + " former acting interim assistant associate national homeland security press white"
          + " federal gov state's fbi cia nsa director-general secretary-general senior top"
          + " councillor councilor councilmember alderman alderwoman delegate del. trustee superintendent"
          + " manager coordinator organizer activist pastor bishop cardinal rabbi imam"
          // occupations and labels a news text puts before a name like a title (Comedian Ana Ruiz)
          + " democrat actor actress comedian comedienne journalist reporter columnist author novelist"
          + " writer historian economist businessman businesswoman billionaire entrepreneur investor"
          + " singer rapper musician filmmaker producer dj evangelist assemblyman assemblywoman"
          + " whip adviser advisor strategist pollster administrator staff chef screenwriter playwright"
          + " photographer scientist astronomer physicist geologist epidemiologist lawyer surgeon physician"
          // honorifics without the period, as British and Irish papers write them (Ms Persson)
          + " mr mrs ms dr");

  /**
   * Title words of place that only modify a title after them (see {@code Names.modifierOnly}):
   * German Chancellor, U.S. Sen., but the American Legion, South China Sea, German Ortega.
   */
  static final Set<String> TITLE_MODIFIERS =
      set("north south east west american british chinese russian korean japanese french german"
          + " israeli iranian syrian mexican canadian u.s. us");

  /**
   * US states and countries often in the news, as one word, that are no person's name (names such
   * as Georgia, Virginia, Jordan or Chad are left out: they are people too).
   */
  static final Set<String> PLACES =
      set("alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii"
          + " idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts"
          + " michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon"
          + " pennsylvania tennessee texas utah vermont wisconsin wyoming america canada mexico cuba"
          + " brazil argentina colombia venezuela chile peru britain england scotland ireland wales"
          + " france germany italy spain portugal greece turkey russia ukraine poland sweden norway"
          + " denmark finland austria switzerland belgium netherlands china japan korea india"
          + " pakistan afghanistan iran iraq syria lebanon israel egypt libya yemen saudi qatar"
          + " nigeria kenya ethiopia australia vietnam thailand indonesia philippines taiwan");

  /** Role nouns that may follow a capitalised word inside a noun phrase (Republican attorney general). */
  /** Last words of names of bodies and places rather than people (the Grand Old Party, Osan Air Base). */
  static final Set<String> NON_PERSON_HEADS =
      set("party house committee department ministry office agency council court congress senate"
          + " campaign administration government university college school times post news journal"
          + " review network company corporation inc association union foundation institute center"
          + " centre bank fund service board commission police army force forces group league club"
          + " church state states city county republic kingdom peninsula island river street avenue"
          + " base summit war act day week month year organization organisation movement coalition"
          + " alliance council fbi cia authority bureau tribunal parliament embassy panel firm hospital"
          + " museum");

  /**
   * Common nouns for bodies that speak as one ("the company said", "the court ruled"): what "it"
   * can stand for besides a document. Not places or times, though some name bodies when capitalised.
   */
  static final Set<String> BODY_NOUNS =
      set("party company corporation association union board commission council court government"
          + " administration ministry university college school bank police army service institute"
          + " foundation league club church city county authority bureau tribunal parliament embassy"
          + " panel firm hospital museum");

  static final Set<String> ROLE_NOUNS =
      set("official officials spokesman spokeswoman spokesperson aide aides adviser advisers advisor"
          + " advisors attorney general lawyer lawyers senator senators leader leaders president secretary"
          + " minister director chairman chairwoman chair candidate candidates nominee governor mayor"
          + " representative congressman congresswoman lawmaker lawmakers member members supporter supporters"
          + " voter voters analyst analysts expert experts professor researcher reporter reporters"
          + " correspondent editor writer columnist host anchor founder chief executive manager strategist"
          + " pollster campaign committee group office department ministry agency administration team party"
          + " staff source sources newspaper network magazine website diplomat envoy ambassador commander"
          + " officer police judge justice prosecutor economist activist activists organizer protesters"
          + " resident residents student students worker workers father mother wife husband son daughter"
          + " friend spokesmen officers agents senate house star leadership chief-of-staff operative"
          + " operatives delegate delegates donor donors allies ally critic critics board council"
          + " commission court jury panel union coalition government legislature company firm"
          + " demonstrators crowd audience public participants"
          + " respondents parents teachers policymakers colleague colleagues fan fans follower"
          + " followers protester volunteer volunteers head"
          // people described by their work or their part in events (the retired neurosurgeon)
          + " doctor physician surgeon neurosurgeon nurse mogul tycoon staffer employee confidant"
          + " moderator caller backer insider veteran front-runner spectator user"
          // more occupations that introduce a name (port counsel Ana Ruiz, state auditor Tom Hale)
          + " counsel scientist negotiator legislator treasurer clerk auditor inspector campaigner"
          + " commentator pundit consultant lobbyist teacher trooper investigator coroner psychologist"
          + " priest solicitor barrister provost scholar lecturer survivor supervisor engineer planner"
          + " regulator ombudsman mediator agent historian screenwriter actor actress councilmember"
          + " councilman councilwoman defender co-founder cofounder co-anchor chef geologist astronomer"
          + " physicist biologist chemist epidemiologist sociologist novelist playwright producer singer"
          + " musician journalist photographer entrepreneur businessman businesswoman niece nephew"
          + " brother sister cousin uncle aunt grandson granddaughter grandmother grandfather"
          + " stepson stepdaughter fiance fiancee widow widower");

  /** Pronouns and words that never start a speaker noun phrase. */
  static final Set<String> NOT_SPEAKER =
      set("there here this that these those what which whether it's there's it’s there’s that's"
          + " that’s nothing something"
          + " everything anything someone everyone anyone nobody somebody everybody all none none");

  private static final Set<String> IRREGULAR_PAST =
      set("went shot fired spoke told wrote came gave put hit began sang swore struck took made got"
          + " kept threw drew broke chose rang ran stood sent shook led bit found brought bought held felt"
          + " met paid lost won built caught sold meant heard fought sought");

  /** A lower-case word that reads as a finite verb (past tense, third person or irregular past). */
  static boolean looksLikeVerb(String w) {
    return CUES.contains(w) || IRREGULAR_PAST.contains(w) || verbEnding(w);
  }

  /** {@link #looksLikeVerb(String)} of a token's word, its set memberships taken from the token. */
  static boolean looksLikeVerb(Tokens.Tok w) {
    return w.in(IN_CUES | IN_IRREGULAR_PAST) || verbEnding(w.lower());
  }

  private static boolean verbEnding(String w) {
    return w.length() > 3 && w.endsWith("ed") || endsLikePlural(w) && !w.endsWith("is");
  }

  /**
   * A word of four letters or more in -s but not -ss or -us (aides, emails, says; not press,
   * census): a plural noun or a verb's third person, which the caller tells apart.
   */
  static boolean endsLikePlural(String w) {
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us");
  }

  /**
   * Common English given names that are, in news copy, nearly always one sex's (unisex names such as
   * Jordan, Taylor, Chris, Pat, Kim or Robin are left out): evidence for "he" or "she", used only
   * to choose between two candidates whose first names both tell.
   */
  private static final Set<String> FEMALE_NAMES =
      set("mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa"
          + " margaret betty sandra dorothy kimberly emily donna michelle carol amanda melissa"
          + " deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna"
          + " brenda pamela nicole samantha katherine christine debra rachel catherine carolyn janet"
          + " ruth maria heather diane julie joyce victoria olivia christina lauren joan"
          + " evelyn judith megan cheryl hannah martha jacqueline frances gloria ann anne teresa"
          + " kathryn sara janice alice doris abigail julia judy grace denise amber marilyn"
          + " beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose"
          + " kayla elena ana sonia carmen rosa lucia nadia irina olga svetlana ingrid eva"
          + " greta ursula sheila maxine elsa valerie jill betsy kirsten tammy debbie katie kate liz"
          + " beth jane joanna sally sue wendy yvonne zoe"
          + " jen jenny kathy cathy patty peggy meg molly becky peg nan sylvia gwen marsha joann"
          + " lynn lynne dolores norma paula tina rita gail lois phyllis vera agnes irene louise"
          + " emma ella claire leah vanessa valentina"
          // other languages' common given names, of one sex in them as in English news copy
          + " isabel sofia marta beatriz claudia daniela gabriela mariana valeria adriana"
          + " alejandra veronica silvia monica pilar mercedes giulia francesca chiara alessandra"
          + " petra sabine katrin monika sophie isabelle nathalie marine fatima aisha leila"
          + " natalia tatiana yulia ludmila priya anjali sunita deepa kavita indira");

  private static final Set<String> MALE_NAMES =
      set("james robert john michael william david richard joseph thomas charles christopher daniel"
          + " matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy"
          + " ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin"
          + " scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry"
          + " tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy"
          + " christian keith roger gerald harold sean austin carl arthur lawrence dylan bryan joe"
          + " billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent"
          + " russell elijah louis bobby philip johnny bernard mike bill jim tim tom tony steve ben"
          + " chuck rex vladimir boris carlos luis miguel pedro jorge manuel antonio fernando hans"
          + " klaus dieter wolfgang pierre francois igor sergei dmitry mohammed ahmed hassan omar"
          + " ibrahim mustafa hugh harry ron rick luke martin max oliver oscar owen ray rob seth simon"
          + " stan ted todd travis trevor victor vince wade warren wyatt"
          + " don phil mitch nigel ken dick rich bob doug greg jeff matt dan dave nick pete fred ed"
          + " eddie al andy bud hank len lou nate neil rod russ stu walt zach bernie ernie herb"
          + " howard irving leon leonard lloyd marvin maurice milton morris murray norman otto"
          + " percy reginald sidney stanley vernon wallace wilbur"
          + " francisco javier alejandro rafael pablo sergio alberto diego ricardo eduardo raul"
          + " enrique ramon andres ignacio roberto mario gustavo hector arturo giovanni luca"
          + " matteo paolo alessandro stefano stefan andreas uwe jacques michel philippe alain"
          + " emmanuel hussein khalid youssef ivan nikolai mikhail yuri raj rahul amit sanjay vijay"
          + " arvind narendra");

  /** Whether a lower-case word is a given name of either list (james, mary). */
  static boolean isGivenName(String lower) {
    return FEMALE_NAMES.contains(lower) || MALE_NAMES.contains(lower);
  }

  /** {@code 'h'} when the name's first word is a man's given name, {@code 's'} a woman's, else 0. */
  static char sexOfFirstName(String name) {
    int space = name.indexOf(' ');
    if (space <= 0) {
      return 0; // one word: a surname or a body, no given name
    }
    String first = plainLetters(name.substring(0, space)).toLowerCase(java.util.Locale.ROOT);
    boolean female = FEMALE_NAMES.contains(first);
    boolean male = MALE_NAMES.contains(first);
    return female == male ? 0 : female ? 's' : 'h';
  }

  /**
   * {@code word} with its accents dropped (François → Francois), after undoing up to two rounds of
   * mojibake (UTF-8 read as Latin-1: FranÃ§ois, FranÃÂ§ois), so the given-name lists, which are
   * plain ASCII, know it. ASCII words come back as they are.
   */
  static String plainLetters(String word) {
    boolean ascii = true;
    for (int i = 0; i < word.length() && ascii; i++) {
      ascii = word.charAt(i) < 128;
    }
    if (ascii) {
      return word;
    }
    String w = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFC);
    for (int round = 0; round < 2 && (w.indexOf('Ã') >= 0 || w.indexOf('Â') >= 0); round++) {
      String undone = undoMojibake(w);
      if (undone == null) {
        break;
      }
      w = undone;
    }
    return MARKS.matcher(java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD)).replaceAll("");
  }

  /** Combining marks, which decomposing a letter (NFD) sets apart from it. */
  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");

  /** {@code w} read back from Latin-1 bytes as UTF-8, or null when those bytes are no UTF-8. */
  private static String undoMojibake(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (w.charAt(i) > 0xFF) {
        return null; // not Latin-1 text
      }
    }
    byte[] bytes = w.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    try {
      return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return null;
    }
  }

  /** The days of the week: they follow names in news copy (told CNN Monday) and are no part of them. */
  static final Set<String> WEEKDAYS =
      set("monday tuesday wednesday thursday friday saturday sunday");

  /** Nouns of time, which head adverbial phrases (a few days later), not subjects. */
  static final Set<String> TIME_NOUNS =
      set("day days week weeks month months year years hour hours minute minutes time times morning"
          + " evening night afternoon decade decades moment weekend");

  /** Nouns of saying whose possessor is the speaker (Trump’s claim that “…”, her remark that “…”). */
  static final Set<String> SPEECH_NOUNS =
      set("claim claims statement statements comment comments remark remarks words promise promises"
          + " pledge warning assertion argument tweet tweets message view views accusation accusations"
          + " suggestion description call calls insistence vow boast declaration admission response"
          + " answer question complaint criticism slogan motto phrase catchphrase mantra note letter"
          + " post message memo release report reports story article conclusion contention reply retort");

  /** Verbs of saying proper, whose complement clause reports someone's words. */
  static final Set<String> SAY_VERBS =
      forms("say tell note add write argue claim state explain insist acknowledge suggest warn report"
          + " announce declare predict reply respond concede admit assert contend maintain recall reveal"
          + " confirm deny stress emphasize tweet complain", "said told wrote");

  /** Reporting verbs that take the hearer as object (told CBS News): what follows is not the source. */
  static final Set<String> OBJECT_CUES =
      forms("tell ask inform assure urge warn thank accuse blame call praise remind advise", "told");

  /**
   * Verbs whose object is the one spoken to or about, which never stand before their subject the
   * way "said" does ({@code “…,” said Lang}; but {@code Ruiz, star of “Harbor Nights,” thanked Lang}).
   */
  static final Set<String> NEVER_INVERTED =
      forms("thank accuse blame praise remind inform assure call urge", "");

  /** Determiners that never stand alone as a subject: before a cue-like word, that word is a noun. */
  static final Set<String> ARTICLES =
      set("the a an his her their its our my your this these those no every");

  /** Month names and abbreviations: a stretch opening with one is a date or dateline. */
  static final Set<String> MONTHS =
      set("january february march april may june july august september october november december"
          + " jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.");

  /** Conjunctions and adverbs skipped before a speaker noun phrase (And Trump said). */
  static final Set<String> LEADING_SKIP =
      Set.of("and", "but", "so", "also", "then", "yet", "still", "now", "meanwhile",
          "however", "instead", "plus", "or", "even", "later", "indeed", "finally", "again", "perhaps",
          "maybe", "clearly", "apparently", "certainly", "surely", "obviously", "today", "yesterday");

  /** Words that lead a quantity (at least half of residents, about 40 officials). */
  static final Set<String> QUANTIFIER_LEAD =
      Set.of("at", "about", "nearly", "almost", "only", "more", "less", "fewer", "roughly",
          "some", "over", "around");

  /** Capitalised words that start a new sentence after a quote or an abbreviation with its period. */
  static final Set<String> SENTENCE_STARTERS = withContractions(
      Set.of("he", "she", "they", "it", "we", "i", "the", "but", "and", "this", "that",
          "in", "a", "an", "his", "her", "their", "its", "there", "so", "yet", "still", "however"));

  /** The set plus its pronouns' contractions with either apostrophe (He’s, They're, I'm). */
  private static Set<String> withContractions(Set<String> words) {
    Set<String> all = new HashSet<>(words);
    for (String w : Set.of("he", "she", "they", "it", "we", "i", "you", "that", "there")) {
      for (String ending : Set.of("s", "re", "ll", "d", "ve", "m")) {
        all.add(w + "'" + ending);
        all.add(w + "’" + ending);
      }
    }
    return Set.copyOf(all);
  }

  /** Words that open an introductory clause (When Trump announced his bid, …). */
  static final Set<String> SUBORDINATORS =
      Set.of("when", "after", "before", "as", "while", "if", "although", "though", "because", "since",
          "once", "until", "given");

  // Bits of a word's lexicon memberships, so that a token is classified once when it is made (see
  // Tokens.Tok#in) instead of probing several sets for it in every rule that looks at it.

  static final int IN_CUES = 1;
  static final int IN_CUE_BASE_FORMS = 1 << 1;
  static final int IN_BE = 1 << 2;
  static final int IN_BEFORE_BASE_VERB = 1 << 3;
  static final int IN_DOCUMENTS = 1 << 4;
  static final int IN_WEAK_CUES = 1 << 5;
  static final int IN_NP_STOP = 1 << 6;
  static final int IN_NP_PREP = 1 << 7;
  static final int IN_DETERMINERS = 1 << 8;
  static final int IN_PRE_VERB = 1 << 9;
  static final int IN_CLAUSE_OPENERS = 1 << 10;
  static final int IN_PARENTHETICAL = 1 << 11;
  static final int IN_TITLES = 1 << 12;
  static final int IN_ROLE_NOUNS = 1 << 13;
  static final int IN_NOT_SPEAKER = 1 << 14;
  static final int IN_IRREGULAR_PAST = 1 << 15;
  static final int IN_TIME_NOUNS = 1 << 16;
  static final int IN_SPEECH_NOUNS = 1 << 17;
  static final int IN_SAY_VERBS = 1 << 18;
  static final int IN_OBJECT_CUES = 1 << 19;
  static final int IN_ARTICLES = 1 << 20;
  static final int IN_MONTHS = 1 << 21;
  /** A role noun plus "s", four letters or more: what {@link Grammar#isRoleOrTitle} takes as a plural. */
  static final int IN_ROLE_PLURALS = 1 << 22;
  /** Not a set: {@link #isPronoun} holds for the word. */
  static final int IS_PRONOUN = 1 << 23;
  static final int IN_PRONOUNS = 1 << 24;
  static final int IN_LEADING_SKIP = 1 << 25;
  static final int IN_QUANTIFIER_LEAD = 1 << 26;
  static final int IN_SENTENCE_STARTERS = 1 << 27;
  static final int IN_SUBORDINATORS = 1 << 28;

  private static final WordTable MASKS = new WordTable(buildMasks());

  /** A word of the lexicon with its {@code IN_} bits, as {@link #known} finds it. */
  record Known(String word, int bits) {}

  /**
   * Word → bits, for the tokenizer's one look-up per word. An open-addressing table with the
   * stored hashes beside the entries, kept at most a quarter full: most words are in no set, and
   * such a miss usually ends at the first empty slot without comparing a string or unboxing an
   * {@code Integer} (a {@code HashMap} look-up was a tenth of the quote stage's time).
   */
  private static final class WordTable {
    private final Known[] entries;
    private final int[] hashes;
    private final int mask;

    WordTable(java.util.Map<String, Integer> words) {
      int capacity = Integer.highestOneBit(Math.max(16, words.size() * 4) - 1) << 1;
      entries = new Known[capacity];
      hashes = new int[capacity];
      mask = capacity - 1;
      for (java.util.Map.Entry<String, Integer> e : words.entrySet()) {
        int h = spread(e.getKey().hashCode());
        int i = h & mask;
        while (entries[i] != null) {
          i = (i + 1) & mask;
        }
        entries[i] = new Known(e.getKey(), e.getValue());
        hashes[i] = h;
      }
    }

    int get(String word) {
      int h = spread(word.hashCode());
      for (int i = h & mask; entries[i] != null; i = (i + 1) & mask) {
        if (hashes[i] == h && entries[i].word.equals(word)) {
          return entries[i].bits;
        }
      }
      return 0;
    }

    /**
     * The entry of {@code text[from, to)} with its ASCII letters lower-cased, or null; {@code hash}
     * is that lower-case word's {@link String#hashCode}. As {@link #get}, before the word is copied
     * out of its text.
     */
    Known get(String text, int from, int to, int hash) {
      int h = spread(hash);
      for (int i = h & mask; entries[i] != null; i = (i + 1) & mask) {
        if (hashes[i] == h && sameLowerCase(entries[i].word, text, from, to)) {
          return entries[i];
        }
      }
      return null;
    }

    private static boolean sameLowerCase(String key, String text, int from, int to) {
      if (key.length() != to - from) {
        return false;
      }
      for (int k = 0; k < key.length(); k++) {
        char c = text.charAt(from + k);
        if (key.charAt(k) != (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)) {
          return false;
        }
      }
      return true;
    }

    private static int spread(int h) {
      return h ^ (h >>> 16);
    }
  }

  private static java.util.Map<String, Integer> buildMasks() {
    java.util.Map<String, Integer> m = new java.util.HashMap<>();
    Object[] sets = {CUES, IN_CUES, CUE_BASE_FORMS, IN_CUE_BASE_FORMS, BE, IN_BE, BEFORE_BASE_VERB,
        IN_BEFORE_BASE_VERB, DOCUMENTS, IN_DOCUMENTS, WEAK_CUES, IN_WEAK_CUES, NP_STOP, IN_NP_STOP,
        NP_PREP, IN_NP_PREP, DETERMINERS, IN_DETERMINERS, PRE_VERB, IN_PRE_VERB, CLAUSE_OPENERS,
        IN_CLAUSE_OPENERS, PARENTHETICAL, IN_PARENTHETICAL, TITLES, IN_TITLES, ROLE_NOUNS,
        IN_ROLE_NOUNS, NOT_SPEAKER, IN_NOT_SPEAKER, IRREGULAR_PAST, IN_IRREGULAR_PAST, TIME_NOUNS,
        IN_TIME_NOUNS, SPEECH_NOUNS, IN_SPEECH_NOUNS, SAY_VERBS, IN_SAY_VERBS, OBJECT_CUES,
        IN_OBJECT_CUES, ARTICLES, IN_ARTICLES, MONTHS, IN_MONTHS, PRONOUNS, IN_PRONOUNS, LEADING_SKIP,
        IN_LEADING_SKIP, QUANTIFIER_LEAD, IN_QUANTIFIER_LEAD, SENTENCE_STARTERS, IN_SENTENCE_STARTERS,
        SUBORDINATORS, IN_SUBORDINATORS};
    for (int i = 0; i < sets.length; i += 2) {
      @SuppressWarnings("unchecked")
      Set<String> set = (Set<String>) sets[i];
      for (String w : set) {
        m.put(w, m.getOrDefault(w, 0) | (Integer) sets[i + 1]); // merge(…, (a, b) -> a | b) without a lambda (start-up)
      }
    }
    for (String r : ROLE_NOUNS) {
      if (r.length() + 1 > 3) {
        m.put(r + "s", m.getOrDefault(r + "s", 0) | IN_ROLE_PLURALS);
      }
    }
    return m;
  }

  /** The {@code IN_} bits of the sets holding {@code lower}, and {@link #IS_PRONOUN}. */
  static int mask(String lower) {
    return mask(lower, MASKS.get(lower), lower.indexOf('’') > 0 || lower.indexOf('\'') > 0);
  }

  /**
   * {@link #mask} of {@code lower}, for a caller that has looked the word up and scanned it
   * already: {@code bits} are its {@code IN_} bits ({@link Known#bits}, 0 for a word {@link #known}
   * does not find) and {@code apostrophe} tells whether it has one after its first char.
   */
  static int mask(String lower, int bits, boolean apostrophe) {
    boolean pronoun = (bits & IN_PRONOUNS) != 0 || apostrophe && isPronoun(lower);
    return pronoun ? bits | IS_PRONOUN : bits;
  }

  /**
   * The lexicon's entry for the word {@code text[from, to)} with its ASCII letters lower-cased, or
   * null when no set holds that word; {@code lowerHash} is its {@link String#hashCode}. For the
   * tokeniser, which looks every word up before copying it out of the text.
   */
  static Known known(String text, int from, int to, int lowerHash) {
    return MASKS.get(text, from, to, lowerHash);
  }

  /** Whether a pronoun (or its contraction: we've, I'm) is "I", "we" or "you". */
  static boolean isWriterOrReader(String lower) {
    return WRITER_OR_READER.contains(withoutContraction(lower));
  }

  static boolean isPronoun(String lower) {
    return PRONOUNS.contains(lower) || PRONOUNS.contains(withoutContraction(lower)); // he’s, I’m
  }

  /**
   * The personal pronoun a possessive determiner stands in for (his → he, their → they, my → i),
   * or null when the word is none.
   */
  static String personalOfPossessive(String lower) {
    return switch (lower) {
      case "his" -> "he";
      case "her" -> "she";
      case "its" -> "it";
      case "their" -> "they";
      case "my" -> "i";
      case "our" -> "we";
      case "your" -> "you";
      default -> null;
    };
  }

  /** The word before a contraction's apostrophe (they’re → they), or the word itself. */
  static String withoutContraction(String lower) {
    int a = Math.max(lower.indexOf('’'), lower.indexOf('\''));
    return a > 0 ? lower.substring(0, a) : lower;
  }
}
