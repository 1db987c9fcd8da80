package dev.dovetail.processor;

import com.google.testing.compile.Compilation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import javax.tools.JavaFileObject;

/** Loads the classes a compilation wrote (the sources' and the generated ones), parent first. */
final class CompiledClassLoader extends ClassLoader {
    private static final String PREFIX = "/CLASS_OUTPUT/";

    private final Map<String, byte[]> classes = new HashMap<>();

    CompiledClassLoader(Compilation compilation) {
        super(CompiledClassLoader.class.getClassLoader());
        for (JavaFileObject file : compilation.generatedFiles()) {
            String path = file.toUri().getPath();
            if (file.getKind() == JavaFileObject.Kind.CLASS && path.startsWith(PREFIX)) {
                String name = path.substring(PREFIX.length(), path.length() - ".class".length()).replace('/', '.');
                classes.put(name, bytes(file));
            }
        }
    }

    /** The names of the classes the compilation wrote. */
    java.util.Set<String> classNames() {
        return java.util.Set.copyOf(classes.keySet());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    /** A new instance of the compiled class {@code name}, created with its no-argument constructor. */
    <T> T newInstance(String name, Class<T> type) throws ReflectiveOperationException {
        return loadClass(name).asSubclass(type).getConstructor().newInstance();
    }

    private static byte[] bytes(JavaFileObject file) {
        try (InputStream in = file.openInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
