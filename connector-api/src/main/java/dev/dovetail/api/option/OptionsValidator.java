package dev.dovetail.api.option;

import dev.dovetail.api.Suggestions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks options against a connector's declared settings and reports every problem at once: required
 * settings that are missing, values that do not parse or are not allowed, and keys nobody declared (with
 * the closest known name as a "did you mean").
 */
public final class OptionsValidator {
    private OptionsValidator() {
    }

    /**
     * The problems of {@code options}, settings first (in declaration order), then unknown keys (sorted).
     *
     * @param settings the connector's declared settings
     * @param otherKnownKeys keys that are not settings but are understood by someone (the runtime's
     *     {@link StandardOptions}, credential keys, a host's own keys); they are accepted unchecked
     */
    public static List<OptionProblem> validate(
            ConnectionOptions options, List<SettingDefinition> settings, Collection<String> otherKnownKeys) {
        List<OptionProblem> problems = new ArrayList<>();
        for (SettingDefinition setting : settings) {
            Optional<String> value = options.get(setting.name());
            if (value.isPresent()) {
                setting.problemWith(value.get(), options.isSecret(setting.name()))
                        .ifPresent(message -> problems.add(
                                new OptionProblem(setting.name(), OptionProblem.Kind.INVALID, message)));
            } else if (setting.required()) {
                problems.add(new OptionProblem(setting.name(), OptionProblem.Kind.MISSING,
                        "option '" + setting.name() + "' is required but was not given"
                                + setting.description().map(description -> " (" + description + ")").orElse("")));
            }
        }
        Set<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        settings.forEach(setting -> known.add(setting.name()));
        known.addAll(otherKnownKeys);
        for (String key : options.keys()) {
            if (!known.contains(key)) {
                problems.add(new OptionProblem(key, OptionProblem.Kind.UNKNOWN,
                        "option '" + key + "' is not known" + Suggestions.didYouMean(key, settingNames(settings, known))));
            }
        }
        return List.copyOf(problems);
    }

    private static List<String> settingNames(List<SettingDefinition> settings, Set<String> known) {
        // Suggest declared settings first: they are what a user most likely meant.
        List<String> names = new ArrayList<>();
        settings.forEach(setting -> names.add(setting.name()));
        known.stream().filter(name -> !names.contains(name)).forEach(names::add);
        return names;
    }
}
