"""The HTTP API under /api/, described by OpenAPI at /api/openapi.json."""

from ninja import NinjaAPI

from bezirkspartner import __version__
from bezirkspartner.atlas.api import router as atlas_router
from bezirkspartner.councildocs.api import router as councildocs_router
from bezirkspartner.dossiers.api import router as dossiers_router
from bezirkspartner.knowledge.api import router as knowledge_router
from bezirkspartner.matching.api import router as matching_router

api = NinjaAPI(
    title="bezirkspartner API",
    version=__version__,
    description=(
        "Open data of the bezirkspartner platform: European cities, their districts, "
        "existing district partnerships, themes, good practices, challenges and funding "
        "programmes, each record with its source; partnership dossiers with their computed "
        "costs (editing them needs an administration account). Invalid parameters, and text "
        "containing a NUL character, are answered with 422 and the reason in `detail`."
    ),
    urls_namespace="api",
    openapi_url="/openapi.json",
    docs_url=None,  # the interactive docs would load scripts from a CDN
)
api.add_router("/", atlas_router)
api.add_router("/", knowledge_router)
api.add_router("/", matching_router)
api.add_router("/", councildocs_router)
api.add_router("/", dossiers_router)
