package org.dateline.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dateline.model.Mention;
import org.junit.jupiter.api.Test;

class MentionFinderTest {

    private static Map<String, Mention> find(String body) {
        return MentionFinder.find("", body).stream().collect(Collectors.toMap(Mention::name, Function.identity()));
    }

    @Test
    void allCapitalsIsWhatUpperCaseLeavesAsItIs() {
        assertThat(MentionFinder.isAllCapitals("UN")).isTrue();
        assertThat(MentionFinder.isAllCapitals("G7")).isTrue();
        assertThat(MentionFinder.isAllCapitals("ÉTAT")).isTrue();
        assertThat(MentionFinder.isAllCapitals("Kerry")).isFalse();
        assertThat(MentionFinder.isAllCapitals("CAFé")).isFalse();
        assertThat(MentionFinder.isAllCapitals("STRAß")).as("upper case makes ß SS").isFalse();
    }

    @Test
    void aTitleBeforeANameIsLeftOutAndMarksAPersonAndInMarksAPlace() {
        Map<String, Mention> found = find("US Secretary of State John Kerry said on Sunday he hoped to make progress"
                + " in talks in Geneva. Kerry said it would be hard.");

        assertThat(found.get("John Kerry")).extracting(Mention::person, Mention::place, Mention::midSentence)
                .containsExactly(1, 0, true);
        assertThat(found.get("Geneva")).extracting(Mention::person, Mention::place).containsExactly(0, 1);
        assertThat(found.get("Kerry")).as("one word and 'said' is no sign of a person (firms say things too);"
                + " the start of a sentence").extracting(Mention::person, Mention::midSentence).containsExactly(0, false);
        assertThat(found).doesNotContainKeys("US Secretary of State John Kerry", "Secretary of State", "Sunday");
    }

    @Test
    void organisationWordsJoinersAndPossessivesShapeThePhrase() {
        Map<String, Mention> found = find("Yesterday the Bank of England raised rates, and Russia's Foreign Minister"
                + " Sergei Lavrov met President Bashar al-Assad at a Geneva-based agency.");

        assertThat(found.get("Bank of England").organisation()).isEqualTo(1);
        assertThat(found.get("Russia")).as("a possessive ends the phrase").isNotNull();
        assertThat(found.get("Sergei Lavrov").person()).isEqualTo(1);
        assertThat(found.get("Bashar al-Assad").person()).isEqualTo(1);
        assertThat(found.get("Geneva").place()).isEqualTo(1);
        assertThat(found).doesNotContainKeys("Yesterday", "Russia Foreign Minister Sergei Lavrov");
    }

    @Test
    void sentenceOpenersAndCommonCapitalisedWordsAreNotPhrases() {
        Map<String, Mention> found = find("The talks resumed in March. But Delegates met in Vienna on Monday.\n"
                + "Mr. Smith told reporters.");

        assertThat(found).doesNotContainKeys("The", "But", "March", "Monday", "Mr");
        assertThat(found.get("Delegates").midSentence()).isFalse();
        assertThat(found.get("Vienna").place()).isEqualTo(1);
        assertThat(found.get("Smith")).as("Mr. with its full stop is an honorific, not a sentence's end")
                .extracting(Mention::person, Mention::midSentence).containsExactly(1, false);
    }

    @Test
    void aShortAllCapitalWordAfterTheIsAnOrganisationUnlessItIsACountry() {
        Map<String, Mention> found = find("Envoys of the UN met the IMF in the UK, where GDP and NATO spending fell.");
        assertThat(found.get("UN").organisation()).isEqualTo(1);
        assertThat(found.get("IMF").organisation()).isEqualTo(1);
        assertThat(found.get("UK").place()).isEqualTo(1);
        assertThat(found.get("NATO")).as("no 'the': no evidence").extracting(Mention::organisation).isEqualTo(0);
        assertThat(found).as("an abbreviation, not a name").doesNotContainKey("GDP");
    }

    @Test
    void theHeadlineCountsButNeverAsInsideASentenceAndRepeatsAreCounted() {
        List<Mention> found = MentionFinder.find("Ferry Fares Frozen by Harbour Board", "", "Ferry users in Saltmere"
                + " were pleased. In Saltmere, fares stay.");
        Map<String, Mention> byName = found.stream().collect(Collectors.toMap(Mention::name, Function.identity()));
        assertThat(byName.get("Ferry Fares Frozen").midSentence()).isFalse();
        assertThat(byName.get("Harbour Board").organisation()).isEqualTo(1);
        assertThat(byName.get("Saltmere").count()).isEqualTo(2);
        assertThat(byName.get("Saltmere").place()).isEqualTo(2);
    }

    @Test
    void aWordAloneIsAPersonOnlyByATitleOrHonorific() {
        Map<String, Mention> found = find("Market leader Nintendo cut prices. Mr Lanzone and President Bush met"
                + " striker Rooney.");
        assertThat(found.get("Nintendo").person()).as("'leader' before one word: a firm as often as a person").isZero();
        assertThat(found.get("Rooney").person()).isZero();
        assertThat(found.get("Lanzone").person()).isEqualTo(1);
        assertThat(found.get("Bush").person()).isEqualTo(1);
        assertThat(find("The Labour leader Jeremy Corbyn spoke.").get("Jeremy Corbyn").person()).isEqualTo(1);
    }

    @Test
    void saidMarksTheSpeakerOnlyWhereTheAttributionStands() {
        Map<String, Mention> found = find("\"We will win,\" said John Kerry. He said Ask Jeeves was bigger."
                + " The report on the \"State of Agricultural Commodity Markets 2004\" said prices fell."
                + " Alan Greenspan, who spoke, agreed.");
        assertThat(found.get("John Kerry").person()).as("the inverted attribution").isEqualTo(1);
        assertThat(found.get("Ask Jeeves").person()).as("said what: the subject of what was said").isZero();
        assertThat(found.get("Agricultural Commodity Markets").person())
                .as("past a closing quote and a number, 'said' is not the name's, and a title's 'of' names no holder")
                .isZero();
        assertThat(found.get("Alan Greenspan").person()).as("a comma and 'who'").isEqualTo(1);
        assertThat(find("Talks with the President of France began.").get("France").person()).isZero();
    }

    @Test
    void aPostHeldAtANameMarksAnOrganisation() {
        Map<String, Mention> found = find("Jim Lanzone, vice president of search properties at Ask Jeeves in the US,"
                + " said so. Tony Macklin, director of product at Ask Jeeves, agreed. Fans queued at Harrods.");
        assertThat(found.get("Ask Jeeves").organisation()).isEqualTo(2);
        assertThat(found.get("Ask Jeeves").place()).isZero();
        assertThat(found.get("Harrods").organisation()).as("no post before 'at'").isZero();
    }
}
