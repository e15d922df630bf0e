from django.conf import settings
from django.http import Http404, QueryDict
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from bezirkspartner.knowledge.models import Theme
from bezirkspartner.matching import selectors
from bezirkspartner.matching.engine import CRITERIA, DEFAULT_PER_CITY
from bezirkspartner.matching.explain import score_meaning
from bezirkspartner.matching.forms import CRITERION_LABELS, DEFAULT_LEVEL, MatchForm

TOP = 10


def _match_request(request, *, top: int = TOP):
    """Validate the GET parameters; the home district and all themes when nothing is given."""
    themes = list(Theme.objects.all())
    all_slugs = [t.slug for t in themes]
    data = request.GET.copy()
    data.setdefault("bezirk", settings.HOME_DISTRICT)
    # Unset fields show and use their defaults (a bound form would show the first choice).
    for criterion in CRITERIA:
        if not data.get(f"k_{criterion}"):
            data[f"k_{criterion}"] = DEFAULT_LEVEL
    if data.get("je_stadt") in (None, ""):
        data["je_stadt"] = str(DEFAULT_PER_CITY)
    if not data.getlist("themen"):
        data.setlist("themen", all_slugs)
    form = MatchForm(data, themes=themes)
    match_request, error = None, None
    if form.is_valid():
        try:
            home = selectors.district_resolve(form.cleaned_data["bezirk"])
        except selectors.DistrictNotFound as exc:
            error = exc
        else:
            match_request = selectors.MatchRequest(
                home=home,
                themes=dict.fromkeys(form.cleaned_data["themen"], 1.0),
                weights=form.weights(),
                max_km=form.cleaned_data.get("max_km"),
                eu_only=form.cleaned_data["nur_eu"],
                exclude_partners=form.cleaned_data["ohne_partner"],
                top=top,
                per_city=form.per_city(),
            )
    return form, match_request, error


def _criteria_rows(result):
    return [(CRITERION_LABELS[c], result.criteria[c], result.contributions[c]) for c in CRITERIA]


@require_safe
def partner_search(request):
    form, match_request, error = _match_request(request)
    results = selectors.match_results(match_request) if match_request else []
    home = match_request.home if match_request else None
    rows = [
        {
            "result": r,
            "district": district,
            "criteria": _criteria_rows(r),
        }
        for r, district in results
    ]
    params = request.GET.copy()
    for key in ("a", "b"):
        params.pop(key, None)
    api_params = QueryDict(mutable=True)
    if form.is_valid():
        api_params.setlist("theme", form.cleaned_data["themen"])
        # Plain decimals with at most six places, as the API's weight pattern accepts
        # (a float such as 1.0499999999999998 would be refused and the map stay empty).
        api_params.setlist("weight", [f"{c}={_api_number(w)}" for c, w in form.weights().items()])
        if form.cleaned_data.get("max_km"):
            api_params["max_km"] = str(form.cleaned_data["max_km"])
        if form.cleaned_data["nur_eu"]:
            api_params["eu_only"] = "true"
        if form.cleaned_data["ohne_partner"]:
            api_params["exclude_partners"] = "true"
        if form.per_city() != DEFAULT_PER_CITY:
            api_params["per_city"] = str(form.per_city())
    return render(
        request,
        "matching/partner_search.html",
        {
            "form": form,
            "rows": rows,
            "error": error,
            "home": home,
            "query": params.urlencode(),
            "api_query": api_params.urlencode(),
            "can_create_dossier": request.user.has_perm("dossiers.add_dossier"),
            "score_meaning": score_meaning("en" if get_language() == "en" else "de"),
        },
    )


@require_safe
def compare(request):
    keys = [request.GET.get("a", ""), request.GET.get("b", "")]
    _form, match_request, _error = _match_request(request)
    if match_request is None:
        raise Http404
    home = match_request.home
    pair = [selectors.match_one(match_request, key) for key in keys]
    if None in pair or any(r.place.city_key == home.city.slug for r in pair):
        raise Http404
    rows = [(CRITERION_LABELS[c], pair[0].criteria[c], pair[1].criteria[c]) for c in CRITERIA]
    params = request.GET.copy()
    for key in ("a", "b"):
        params.pop(key, None)
    return render(
        request,
        "matching/compare.html",
        {
            "pair": pair,
            "rows": rows,
            "home": home,
            "districts": [selectors.district_for_key(k) for k in keys],
            "query": params.urlencode(),
        },
    )


def _api_number(value: float) -> str:
    return format(round(value, 6), "f").rstrip("0").rstrip(".") or "0"
