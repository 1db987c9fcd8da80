package dev.dovetail.processor;

import com.palantir.javapoet.ClassName;

import dev.dovetail.api.Connector;
import dev.dovetail.api.spi.ConnectorDescriptor;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The Dovetail annotation processor: validates every {@link Connector @Connector} class and generates its
 * descriptor ({@code <class>Descriptor}, registered in {@code META-INF/services}) and the glue of every
 * host whose runtime is on the compile classpath (see {@link HostGlueGenerator}).
 *
 * <p>It never claims annotations, reports each problem on the element it is about, defers a connector
 * that references types not generated yet to a later round (reporting it in the last round if they never
 * appear), and reports anything it throws as an error rather than crashing javac.
 */
public final class ConnectorProcessor extends AbstractProcessor {
    /** Connectors deferred to the next round, by qualified name, with what they were missing. */
    private final Map<String, String> deferred = new LinkedHashMap<>();
    private final Set<String> generated = new HashSet<>();

    private Elements elements;
    private Reporter reporter;
    private UnresolvedTypes unresolvedTypes;
    private ConnectorModelBuilder models;
    private DescriptorGenerator descriptors;
    private SourceWriter sources;
    private ServiceFiles services;
    private List<HostGlueGenerator> generators;

    /** Creates the processor; javac does, from {@code META-INF/services/javax.annotation.processing.Processor}. */
    public ConnectorProcessor() {
    }

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        elements = environment.getElementUtils();
        reporter = new Reporter(environment.getMessager());
        unresolvedTypes = new UnresolvedTypes(elements);
        models = new ConnectorModelBuilder(environment, reporter);
        descriptors = new DescriptorGenerator();
        sources = new SourceWriter(environment.getFiler(), reporter);
        services = new ServiceFiles(environment.getFiler(), reporter);
        generators = HostGlueGenerators.load(ConnectorProcessor.class.getClassLoader(), reporter);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(Connector.class.getCanonicalName());
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            if (round.processingOver()) {
                finish();
            } else {
                processRound(round);
            }
        } catch (RuntimeException e) {
            reporter.reportFailure(round.processingOver() ? "the last round" : "a round", null, e);
        }
        return false;
    }

    private void processRound(RoundEnvironment round) {
        Map<String, TypeElement> connectors = new LinkedHashMap<>();
        for (String name : List.copyOf(deferred.keySet())) {
            Optional.ofNullable(elements.getTypeElement(name)).ifPresent(type -> connectors.put(name, type));
        }
        deferred.clear();
        for (TypeElement type : ElementFilter.typesIn(round.getElementsAnnotatedWith(Connector.class))) {
            connectors.putIfAbsent(type.getQualifiedName().toString(), type);
        }
        connectors.values().forEach(this::processConnector);
    }

    private void processConnector(TypeElement type) {
        String name = type.getQualifiedName().toString();
        try {
            if (generated.contains(name)) {
                return;
            }
            Optional<String> unresolved = unresolvedTypes.find(type);
            if (unresolved.isPresent() && !name.isEmpty()) {
                deferred.put(name, unresolved.get());
                return;
            }
            models.build(type).ifPresent(this::generate);
        } catch (RuntimeException e) {
            reporter.reportFailure(name, type, e);
        }
    }

    private void generate(ConnectorModel model) {
        generated.add(model.element().getQualifiedName().toString());
        if (sources.write(descriptors.generate(model), model.element())) {
            services.register(ConnectorDescriptor.class.getName(), binaryName(model.descriptorClass()), model.element());
        }
        for (HostGlueGenerator generator : generators) {
            try {
                if (elements.getTypeElement(generator.runtimeClass()) == null) {
                    continue; // the host's runtime is not on the compile classpath
                }
                for (GeneratedType type : generator.generate(model)) {
                    if (sources.write(type.file(), model.element())) {
                        type.serviceInterfaces().forEach(service ->
                                services.register(service, type.binaryName(), model.element()));
                    }
                }
            } catch (RuntimeException e) {
                reporter.reportFailure(model.element().getQualifiedName() + " (host glue generator "
                        + generator.getClass().getName() + ")", model.element(), e);
            }
        }
    }

    /** The last round: report connectors whose types never appeared, write the service files. */
    private void finish() {
        for (Map.Entry<String, String> entry : deferred.entrySet()) {
            Element type = elements.getTypeElement(entry.getKey());
            if (type == null) {
                reporter.reportGlobal(Message.UNDEFINED_TYPES, entry.getKey(), entry.getValue());
            } else {
                reporter.report(Message.UNDEFINED_TYPES, type, entry.getKey(), entry.getValue());
            }
        }
        deferred.clear();
        services.write();
    }

    private static String binaryName(ClassName topLevel) {
        return topLevel.packageName().isEmpty() ? topLevel.simpleName() : topLevel.packageName() + "." + topLevel.simpleName();
    }
}
