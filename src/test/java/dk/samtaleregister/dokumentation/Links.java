package dk.samtaleregister.dokumentation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relative links and anchors in Markdown pages, checked the way GitHub renders them: a link's file must exist,
 * and its {@code #anchor} must be the slug of a heading in the target page (lower case; punctuation other than
 * - and _ removed, letters such as æ, ø and å kept; each space a -; a repeated slug gets -1, -2, ...).
 */
final class Links {

    private static final Pattern LINK = Pattern.compile("(?<!!)\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`]*`");
    private static final Pattern INLINE_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");

    private Links() {
    }

    /** Every broken link, as "page: target (why)". Pages are Markdown text by path; exists says whether any other path exists. */
    static List<String> broken(Map<Path, String> pages, Predicate<Path> exists) {
        Map<Path, Set<String>> anchors = new HashMap<>();
        pages.forEach((path, text) -> anchors.put(path.normalize(), new LinkedHashSet<>(slugs(text))));
        List<String> faults = new ArrayList<>();
        pages.forEach((page, text) -> {
            for (String target : targets(text)) {
                if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    continue; // http:, https:, mailto: are not ours to check
                }
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Optional<String> anchor = hash < 0 ? Optional.empty() : Optional.of(target.substring(hash + 1));
                Path resolved = file.isEmpty() ? page.normalize()
                        : Optional.ofNullable(page.getParent()).orElse(Path.of("")).resolve(file).normalize();
                boolean found = anchors.containsKey(resolved) || exists.test(resolved);
                if (!found) {
                    faults.add(page + ": " + target + " (no file " + resolved + ")");
                } else if (anchor.isPresent()) {
                    Set<String> known = anchors.get(resolved);
                    if (known == null) {
                        faults.add(page + ": " + target + " (an anchor into " + resolved + ", which is not a checked Markdown page)");
                    } else if (!known.contains(anchor.get())) {
                        faults.add(page + ": " + target + " (no heading with the anchor #" + anchor.get() + " in " + resolved + ")");
                    }
                }
            }
        });
        return faults;
    }

    /** The link targets of a page, outside code blocks and inline code. */
    static List<String> targets(String markdown) {
        List<String> targets = new ArrayList<>();
        for (String line : prose(markdown)) {
            Matcher link = LINK.matcher(INLINE_CODE.matcher(line).replaceAll(""));
            while (link.find()) {
                targets.add(link.group(1));
            }
        }
        return targets;
    }

    /** The headings of a page, as written. */
    static List<String> headings(String markdown) {
        List<String> headings = new ArrayList<>();
        for (String line : prose(markdown)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                headings.add(heading.group(1));
            }
        }
        return headings;
    }

    /** GitHub's anchors of a page's headings, in order, with -1, -2, ... for repeats. */
    static List<String> slugs(String markdown) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> slugs = new ArrayList<>();
        for (String heading : headings(markdown)) {
            String slug = slug(heading);
            int count = seen.merge(slug, 1, Integer::sum);
            slugs.add(count == 1 ? slug : slug + "-" + (count - 1));
        }
        return slugs;
    }

    static String slug(String heading) {
        String text = INLINE_LINK.matcher(heading).replaceAll("$1");
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\p{M}\\p{Pc}\\- ]", "")
                .replace(' ', '-');
    }

    private static List<String> prose(String markdown) {
        List<String> lines = new ArrayList<>();
        boolean inCode = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.stripLeading().startsWith("```")) {
                inCode = !inCode;
            } else if (!inCode) {
                lines.add(line);
            }
        }
        return lines;
    }
}
