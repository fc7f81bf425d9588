// Loads an ontology with the OWL API the way Protégé resolves imports offline: an
// AutoIRIMapper over a folder maps each ontology IRI to the file that declares it.
// Prints one line per ontology of the imports closure: IRI, axiom count, document.
// Run: java -cp <owlapi jars> tests/java/LocalImport.java FOLDER FILE
import java.io.File;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration;
import org.semanticweb.owlapi.io.FileDocumentSource;
import org.semanticweb.owlapi.util.AutoIRIMapper;

public class LocalImport {
    public static void main(String[] args) throws Exception {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        manager.addIRIMapper(new AutoIRIMapper(new File(args[0]), true));
        OWLOntologyLoaderConfiguration config = new OWLOntologyLoaderConfiguration()
            .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.THROW_EXCEPTION);
        OWLOntology root = manager.loadOntologyFromOntologyDocument(
            new FileDocumentSource(new File(args[1])), config);
        for (OWLOntology o : manager.getImportsClosure(root)) {
            System.out.println(o.getOntologyID().getOntologyIRI() + "\t" + o.getAxiomCount()
                + "\t" + manager.getOntologyDocumentIRI(o));
        }
    }
}
