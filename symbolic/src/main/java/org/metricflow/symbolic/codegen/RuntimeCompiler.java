package org.metricflow.symbolic.codegen;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;

/**
 * Compiles generated source with Janino (in memory, each class in its own class loader) and caches the classes by
 * the SHA-256 of their source, so compiling the same function twice costs one hash.
 */
final class RuntimeCompiler {

    private static final Map<String, Constructor<? extends GeneratedFunction>> CACHE = new ConcurrentHashMap<>();

    private RuntimeCompiler() {
    }

    /** An instance of the class in {@code source} (as emitted by {@link JavaEmitter}). */
    static CompiledFunction instantiate(String source, List<String> inputs, List<String> outputs) {
        Constructor<? extends GeneratedFunction> ctor = CACHE.computeIfAbsent(sha256(source),
                key -> compile(source));
        try {
            return ctor.newInstance(inputs, outputs, source);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot instantiate generated code", e);
        }
    }

    /** Number of distinct compiled classes (for tests of the cache). */
    static int cachedClasses() {
        return CACHE.size();
    }

    private static Constructor<? extends GeneratedFunction> compile(String source) {
        SimpleCompiler compiler = new SimpleCompiler();
        compiler.setParentClassLoader(GeneratedFunction.class.getClassLoader());
        try {
            compiler.cook(source);
            Class<? extends GeneratedFunction> cls = compiler.getClassLoader().loadClass(JavaEmitter.CLASS_NAME)
                    .asSubclass(GeneratedFunction.class);
            return cls.getConstructor(List.class, List.class, String.class);
        } catch (CompileException | ClassNotFoundException | NoSuchMethodException e) {
            throw new IllegalStateException("generated code does not compile (a bug in the code generator): "
                    + e.getMessage(), e);
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
