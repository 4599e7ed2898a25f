"""Named exceptions. The library raises these; the CLI turns them into one-line messages."""


class KgError(Exception):
    """Base of every error the user can act on (no traceback shown without --debug)."""


class InputError(KgError):
    """An input file cannot be read or decoded as an article."""


class ModelError(KgError):
    """The NLP pipeline (trained model) is missing or cannot be loaded."""


class GraphParseError(KgError):
    """An RDF file given to kg cannot be parsed."""


class ShapesError(KgError):
    """The SHACL shapes cannot be loaded, so validation cannot run."""


class QueryError(KgError):
    """A SPARQL query is malformed or fails to run."""


class StoreError(KgError):
    """A triple store or SPARQL endpoint refused, failed or could not be reached."""


class DataError(KgError):
    """Training or evaluation data is missing or malformed."""


class OutputError(KgError):
    """The graph cannot be written where the user asked."""


class OntologyError(KgError):
    """The ontology cannot be loaded or the reasoner cannot run."""


class ReportError(KgError):
    """The report page cannot be made (a packaged script or style is missing)."""
