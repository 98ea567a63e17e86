package dk.samtaleregister.faelles.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.MediaType;

/** The two formats a report or export answers in: JSON, or CSV for a spreadsheet. */
public final class Svarformat {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private Svarformat() {
    }

    /** CSV when the client's most preferred acceptable type is text/csv; JSON for none, * / * or application/json. */
    public static boolean vilHaveCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> typer = new ArrayList<>(MediaType.parseMediaTypes(accept));
        typer.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : typer) {
            if (type.getQualityValue() <= 0) {
                continue;
            }
            if (type.includes(MediaType.APPLICATION_JSON)) {
                return false;
            }
            if (type.includes(CSV)) {
                return true;
            }
        }
        return false;
    }
}
