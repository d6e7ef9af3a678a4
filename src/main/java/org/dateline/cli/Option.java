package org.dateline.cli;

/**
 * One option of a command ({@code --content DIR}, {@code --drafts}), or one positional parameter
 * ({@code SECTION/SLUG}, where the name is the label).
 *
 * @param name         {@code --content}; for a parameter, its label
 * @param label        what the value is called in help ({@code DIR}); null for a flag, which takes none
 * @param description  the help text, whole sentences
 * @param defaultValue the value when the option is not given; null for none
 * @param required     whether the command refuses to run without it
 * @param hidden       left out of the help (options for checking Dateline itself)
 */
record Option(String name, String label, String description, String defaultValue, boolean required, boolean hidden) {

    /** An option that is on or off: {@code --drafts}. */
    static Option flag(String name, String description) {
        return new Option(name, null, description, null, false, false);
    }

    /** An option that takes a value: {@code --content DIR} or {@code --content=DIR}. */
    static Option value(String name, String label, String description) {
        return new Option(name, label, description, null, false, false);
    }

    /** A positional parameter, which every run must give. */
    static Option parameter(String label, String description) {
        return new Option(label, label, description, null, true, false);
    }

    /** The same option with a default; {@code ${DEFAULT}} in the description stands for it. */
    Option withDefault(String value) {
        return new Option(name, label, description, value, required, hidden);
    }

    Option asRequired() {
        return new Option(name, label, description, defaultValue, true, hidden);
    }

    Option asHidden() {
        return new Option(name, label, description, defaultValue, required, true);
    }

    boolean isFlag() {
        return label == null;
    }

    /** The description as help shows it, with the default filled in. */
    String help() {
        return defaultValue == null ? description : description.replace("${DEFAULT}", defaultValue);
    }
}
