package dk.samtaleregister.test;

import java.util.LinkedHashMap;
import java.util.Map;

/** JSON objects for request bodies, keeping explicit nulls ("til": null). */
public final class Json {

    private Json() {
    }

    public static Map<String, Object> objekt(Object... noeglerOgVaerdier) {
        Map<String, Object> objekt = new LinkedHashMap<>();
        for (int i = 0; i < noeglerOgVaerdier.length; i += 2) {
            objekt.put((String) noeglerOgVaerdier[i], noeglerOgVaerdier[i + 1]);
        }
        return objekt;
    }
}
