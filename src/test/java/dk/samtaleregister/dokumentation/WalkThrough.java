package dk.samtaleregister.dokumentation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An executable walk-through: the {@code sh} blocks of a Markdown page, each with the statuses that the page shows
 * for its requests (the {@code HTTP/1.1 NNN} lines of the {@code http} blocks that follow it). The script runs every
 * block in one bash process, so shell variables carry across blocks; a {@code curl} function records the status of
 * every request, block by block, so that {@link #compare} can hold each block to what the page shows.
 */
final class WalkThrough {

    static final String BLOCK_MARK = "@@block ";
    static final String STATUS_MARK = "@@status ";

    private static final Pattern FENCE = Pattern.compile("^```\\s*([A-Za-z0-9_-]*)\\s*$");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*$");
    private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/1\\.1 (\\d{3})\\b");

    record Block(int number, int line, String heading, String script, List<Integer> expected) {
        String name() {
            return "block " + number + " (line " + line + ", under \"" + heading + "\")";
        }
    }

    private final List<Block> blocks;

    private WalkThrough(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    static WalkThrough parse(String markdown) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        String heading = "(top)";
        StringBuilder script = null;
        List<Integer> expected = null;
        int startLine = 0;
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher opening = FENCE.matcher(line);
            if (fence == null) {
                if (opening.matches()) {
                    fence = opening.group(1);
                    if (fence.equals("sh")) {
                        if (script != null) {
                            blocks.add(new Block(blocks.size() + 1, startLine, heading, script.toString(), expected));
                        }
                        script = new StringBuilder();
                        expected = new ArrayList<>();
                        startLine = i + 1;
                    }
                    continue;
                }
                Matcher title = HEADING.matcher(line);
                if (title.matches()) {
                    heading = title.group(1);
                }
                continue;
            }
            if (line.strip().equals("```")) {
                fence = null;
            } else if (fence.equals("sh")) {
                script.append(line).append('\n');
            } else if (fence.equals("http") && expected != null) {
                Matcher status = STATUS_LINE.matcher(line);
                if (status.find()) {
                    expected.add(Integer.parseInt(status.group(1)));
                }
            }
        }
        if (fence != null) {
            throw new IllegalArgumentException("A code block is not closed (opened as ```" + fence + ")");
        }
        if (script != null) {
            blocks.add(new Block(blocks.size() + 1, startLine, heading, script.toString(), expected));
        }
        return new WalkThrough(blocks);
    }

    List<Block> blocks() {
        return blocks;
    }

    /**
     * One bash script: a curl that appends "@@status NNN" for each answer to the file named by WALKTHROUGH_STATUS
     * (through its stderr, which -s keeps otherwise quiet), then each block after a "@@block N" mark.
     */
    String script() {
        StringBuilder out = new StringBuilder();
        out.append("curl() { command curl \"$@\" -w '%{stderr}").append(STATUS_MARK).append("%{http_code}\\n' 2>>\"$WALKTHROUGH_STATUS\"; }\n");
        for (Block block : blocks) {
            out.append("printf '").append(BLOCK_MARK).append(block.number()).append("\\n' >>\"$WALKTHROUGH_STATUS\"\n");
            out.append(block.script());
        }
        return out.toString();
    }

    /** Every way the recorded statuses differ from what the page shows; empty when they agree. */
    List<String> compare(String recorded) {
        List<List<Integer>> actual = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            actual.add(new ArrayList<>());
        }
        int current = -1;
        for (String line : recorded.split("\n")) {
            if (line.startsWith(BLOCK_MARK)) {
                current = Integer.parseInt(line.substring(BLOCK_MARK.length()).strip()) - 1;
            } else if (line.startsWith(STATUS_MARK) && current >= 0) {
                actual.get(current).add(Integer.parseInt(line.substring(STATUS_MARK.length()).strip()));
            }
        }
        List<String> faults = new ArrayList<>();
        for (Block block : blocks) {
            List<Integer> answered = actual.get(block.number() - 1);
            List<Integer> shown = block.expected();
            for (int i = 0; i < Math.max(answered.size(), shown.size()); i++) {
                String got = i < answered.size() ? String.valueOf(answered.get(i)) : "no request";
                String want = i < shown.size() ? String.valueOf(shown.get(i)) : "no status";
                if (!got.equals(want)) {
                    faults.add(block.name() + ", request " + (i + 1) + ": the service answered " + got
                            + ", the walk-through shows " + want);
                }
            }
        }
        return faults;
    }
}
