package dev.dovetail.processor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

import static java.util.Objects.requireNonNull;

/**
 * Collects {@code META-INF/services} registrations during processing and writes them once, when
 * processing is over, merged with the entries of a file an earlier (incremental) compilation left in the
 * class output, as AutoService does. Entries are sorted, so the output is reproducible.
 */
final class ServiceFiles {
    private final Filer filer;
    private final Reporter reporter;
    private final Map<String, SortedSet<String>> providers = new TreeMap<>();
    private final Map<String, List<Element>> origins = new TreeMap<>();

    ServiceFiles(Filer filer, Reporter reporter) {
        this.filer = requireNonNull(filer, "filer is null");
        this.reporter = requireNonNull(reporter, "reporter is null");
    }

    /** Registers {@code provider} (a binary class name) under {@code service}. */
    void register(String service, String provider, Element originating) {
        providers.computeIfAbsent(service, key -> new TreeSet<>()).add(provider);
        origins.computeIfAbsent(service, key -> new ArrayList<>()).add(originating);
    }

    /** Writes every service file registered so far. */
    void write() {
        for (Map.Entry<String, SortedSet<String>> entry : providers.entrySet()) {
            String path = "META-INF/services/" + entry.getKey();
            SortedSet<String> all = new TreeSet<>(existing(path));
            all.addAll(entry.getValue());
            List<Element> originating = origins.get(entry.getKey());
            try {
                FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path,
                        originating.toArray(Element[]::new));
                try (Writer writer = file.openWriter()) {
                    for (String provider : all) {
                        writer.write(provider);
                        writer.write('\n');
                    }
                }
            } catch (IOException e) {
                reporter.report(Message.WRITE_FAILED, originating.get(0), path, e);
            }
        }
        providers.clear();
        origins.clear();
    }

    /** The providers an existing file lists, without comments; none if there is no such file. */
    private List<String> existing(String path) {
        List<String> entries = new ArrayList<>();
        try {
            FileObject file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", path);
            try (Reader reader = file.openReader(true); BufferedReader lines = new BufferedReader(reader)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    int comment = line.indexOf('#');
                    String entry = (comment >= 0 ? line.substring(0, comment) : line).trim();
                    if (!entry.isEmpty()) {
                        entries.add(entry);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // No file from an earlier compilation (javac throws FileNotFoundException, some file managers
            // reject reading the class output): there is nothing to merge.
            return List.of();
        }
        return entries;
    }
}
