package org.dateline.entities;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * The words whose company tells what a capitalised phrase is. Kept apart from the finder so the
 * lists can be read, and corrected, in one place.
 */
final class Cue {

    private Cue() {
    }

    /**
     * The words as a set; a word written twice in a list is harmless. A hash set, not {@code Set.of}:
     * the finder asks these some thirty times for every name of every article, and the immutable
     * sets' probe (a division, then a scan) took a sixth of its time.
     */
    private static Set<String> words(String... words) {
        return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
    }

    /** Titles and roles written before a name: what follows them is a person. */
    static final Set<String> ROLES = words("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Prof",
            "Professor", "President", "Vice", "Secretary", "Minister", "Prime", "Chancellor", "Senator", "Sen",
            "Governor", "Gov", "King", "Queen", "Prince", "Princess", "Pope", "General", "Gen", "Colonel", "Col",
            "Captain", "Capt", "Judge", "Justice", "Mayor", "Chairman", "Chairwoman", "Chair", "Chief", "Executive",
            "Director", "Ambassador", "Envoy", "Spokesman", "Spokeswoman", "Spokesperson", "Premier", "Leader",
            "Rep", "Representative", "Deputy", "Commissioner", "Inspector", "Sergeant", "Sgt", "Detective",
            "Officer", "Coach", "Manager", "Striker", "Midfielder", "Defender", "Goalkeeper", "Rev", "Reverend",
            "Father", "Archbishop", "Bishop", "Sheikh", "Emir", "Sultan", "Ayatollah", "Chancellor", "Foreign",
            "Defence", "Defense", "Home", "Interior", "Finance", "Health", "Justice", "Culture", "Trade", "Energy",
            "Education", "Transport", "Environment", "Shadow", "State", "Attorney", "Mp", "MP", "MEP", "Lib", "Dem",
            "Labour", "Tory", "Conservative", "Democratic", "Republican", "Democrat", "Former", "Acting");

    /** Titles that mark a person on their own, without a name that follows in the same phrase. */
    static final Set<String> HONORIFICS = words("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady");

    /** Words after a name that mark a person ("Kerry said", "Kerry, who"). */
    static final Set<String> SPEECH = words("said", "says", "told", "added", "explained", "argued", "insisted",
            "admitted", "believes", "thinks", "wrote", "tweeted", "who", "whose", "himself", "herself");

    /** Verbs before a name that mark a person ("said John Kerry"). */
    static final Set<String> SPEECH_BEFORE = words("said", "says", "asked", "added");

    /** Lower-case words before a name that mark a person ("Labour leader Jeremy Corbyn"). */
    static final Set<String> PERSON_BEFORE = words("leader", "minister", "secretary", "president", "spokesman",
            "spokeswoman", "chairman", "chairwoman", "chief", "executive", "director", "manager", "coach", "striker",
            "player", "singer", "actor", "actress", "star", "author", "writer", "boss", "founder", "captain",
            "colleague", "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "officer",
            "judge", "lawyer", "analyst", "economist", "professor", "chancellor", "senator", "governor", "mayor",
            "candidate", "champion", "winner", "midfielder", "defender", "goalkeeper", "forward", "batsman",
            "bowler", "presenter", "comedian", "musician", "rapper", "director", "producer", "correspondent",
            "editor", "dr", "mr", "mrs", "ms");

    /** Prepositions before a name that mark a place. */
    static final Set<String> PLACE_BEFORE = words("in", "at", "from", "near", "across", "throughout", "outside",
            "inside", "around", "towards", "toward", "via");

    /** Words after a name that mark a place ("Geneva-based" is split at the hyphen). */
    static final Set<String> PLACE_AFTER = words("based", "born");

    /** Words in a phrase that make it an organisation. */
    static final Set<String> ORGANISATION = words("Ministry", "Council", "Party", "Bank", "University", "College",
            "School", "Inc", "Ltd", "Plc", "PLC", "LLC", "Corp", "Co", "FC", "Company", "Corporation", "Group",
            "Association", "Commission", "Committee", "Agency", "Office", "Department", "Union", "Organisation",
            "Organization", "Institute", "Institution", "Board", "Court", "Parliament", "Assembly", "Congress",
            "Senate", "Club", "Airlines", "Airways", "Foundation", "Trust", "Fund", "Service", "Services", "Police",
            "Army", "Navy", "Federation", "League", "Society", "Network", "Networks", "Bureau", "Authority",
            "Reserve", "Exchange", "Media", "Motors", "Holdings", "Industries", "Telecom", "Records", "Studios",
            "Alliance", "Coalition", "Front", "Movement", "Forces", "Guard", "Cabinet", "Government", "Treasury",
            "Commons", "Lords", "Tribunal", "Command", "Institute", "Centre", "Center", "Hospital", "Pictures",
            "Nations", "Oil", "Rovers", "Wanderers", "Athletic", "Albion", "Securities", "Programme", "Capital",
            "Management", "Investment", "Investments", "Research", "Associates", "Partners", "Brothers",
            "Communications", "Entertainment", "Pharmaceuticals", "Telecommunications", "Technologies",
            "Technology", "Software", "Electronics", "Stores", "Breweries", "Dairy", "Insurance", "Financial",
            "Advisors", "Advisers", "Stock", "Airline", "Broadband", "Interactive", "Energy", "Petroleum", "Mobile",
            "Motor", "Steel", "Foods", "Entertainment", "Magazine", "Newspaper", "Press", "Post", "Times", "Journal");

    /** Lower-case words before a name that mark an organisation ("rival Google", "firm Skype"). */
    static final Set<String> ORGANISATION_BEFORE = words("firm", "company", "giant", "group", "rival", "rivals", "maker",
            "makers", "carrier", "retailer", "bank", "operator", "provider", "supplier", "brewer", "insurer", "lender",
            "conglomerate", "publisher", "developer", "manufacturer", "airline", "broker", "brokers", "agency",
            "network", "channel", "newspaper", "broadcaster", "club", "label", "band", "chain", "consortium", "unit",
            "subsidiary", "think-tank", "watchdog", "regulator", "exchange", "analysts", "partner", "owner");

    /** Lower-case words after a name that mark an organisation ("Ericsson shares", "Shell chairman"). */
    static final Set<String> ORGANISATION_AFTER = words("shares", "stock", "chief", "boss", "bosses", "spokesman",
            "spokeswoman", "spokesperson", "chairman", "executive", "executives", "analyst", "analysts", "economist",
            "subsidiary", "unit", "division", "shareholders", "investors", "customers", "subscribers", "staff",
            "workers", "employees", "profits", "profit", "revenues", "revenue", "earnings", "founder", "director",
            "president", "board", "plc", "inc", "ltd", "envoy", "envoys", "official", "officials", "troops", "forces",
            "fighters", "militants", "member", "members", "report", "terrorist", "group", "peacekeepers");

    /** Words that head the name of a place ("Gulf of Suez", "Republic of Congo"). */
    static final Set<String> PLACE_HEADS = words("Gulf", "Republic", "Bay", "Isle", "Isles", "Island", "Islands", "Cape",
            "Sea", "Ocean", "Strait", "Straits", "Lake", "River", "Mount", "Valley", "Coast", "Peninsula");

    /**
     * Capitalised words that are not names (sentence openers, pronouns, days, months, and words
     * English capitalises on their own): never the start or end of a phrase.
     */
    static final Set<String> NOT_NAMES = words("The", "A", "An", "But", "And", "Or", "In", "On", "At", "For", "To",
            "Of", "By", "With", "From", "As", "If", "So", "Yet", "Also", "He", "She", "It", "They", "We", "I", "You",
            "This", "That", "These", "Those", "His", "Her", "Their", "Our", "Its", "My", "Your", "There", "Here",
            "When", "While", "After", "Before", "During", "Since", "Until", "However", "Meanwhile", "Although",
            "Though", "Because", "Now", "Then", "Today", "Yesterday", "Tomorrow", "Last", "Next", "This", "Some",
            "Many", "Most", "Other", "Others", "All", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
            "Nine", "Ten", "First", "Second", "Third", "What", "Who", "Why", "How", "Where", "Which", "Not",
            "No", "Yes", "Mr", "Mrs", "Ms", "Dr", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday", "January", "February", "March", "April", "June", "July", "August", "September", "October",
            "November", "December", "Christmas", "Easter", "Photo", "Image", "Copyright", "Getty", "Images",
            "Reuters", "AFP", "PA", "EPA", "AP", "BBC", "Read", "More", "Click", "Share", "Watch", "Listen", "Follow",
            "Is", "Are", "Was", "Were", "Will", "Would", "Can", "Could", "Should", "May", "Might", "Do", "Does",
            "Did", "Has", "Have", "Had", "Let", "Even", "Just", "Only", "Still", "Instead", "Asked", "Speaking",
            "According", "Under", "Over", "About", "Against", "Between", "Without", "Within", "Despite", "Among",
            "Every", "Each", "Both", "Such", "Any", "Several", "Few", "Much", "More", "Less", "Sir", "Lord", "Lady",
            "Dame", "OK", "TV", "Internet", "Web", "Online", "Analysts", "Officials", "Experts", "Investors", "Shares",
            "Critics", "Observers", "Economists", "Figures", "Sales", "Profits", "Consumers", "Customers", "Users",
            "People", "Fans", "Gamers", "Politicians", "Ministers", "Firms", "Companies", "Banks", "Prices",
            "GDP", "CPI", "PC", "PCs", "SMS", "DVD", "DVDs", "VHS", "GPS", "GPRS", "GB", "MB", "VCR", "HIV", "AIDS", "Aids",
            "SARS", "GMT", "CEO", "IT", "MP3", "PVR", "PVRs", "CD", "CDs", "LCD", "HD", "TVs", "ID", "PIN", "VAT");

    /** Lower-case words that may join the parts of a name ("Bank of England", "Charles de Gaulle"). */
    static final Set<String> JOINERS = words("of", "de", "du", "da", "di", "del", "della", "der", "den", "van", "von",
            "la", "le", "bin", "ibn", "al", "el", "y");

    /** Short all-capital names that are places, not organisations. */
    static final Set<String> PLACE_ACRONYMS = words("US", "UK", "USA", "UAE", "DRC", "NI");
}
