"""SESNSP victims by state, crime, sex and age, in a third party's long-format conversion.

SESNSP publishes its state-level victims file (víctimas del fuero común, new methodology,
2015 onward) in a wide layout: one row per state, crime subtype, modalidad, sex and age
group, with one column per month. A public repository's script reshaped a release that runs
to June 2025 into one row per month (``date_year_month``, the 15th of the month, with
``n_year`` and ``n_month``), renamed the columns (``cve_ent``, ``nombre_estado``,
``subtipo_de_delito``, ``modalidad``, ``genero``, ``rango_de_edad``, ``n_victimas`` …) and
replaced the state names with INEGI's, by state code. Nothing was filtered, so the rows of
the 32 states are all there is: unlike the file ``sesnsp_victims`` reads, there is no
national row, and national figures are the sum of the states.

What is read. "Homicidio doloso" victims (every modalidad, sex and age group) by state and
month give ``mx_homicides_<state>`` and, summed over the states, ``mx_homicides``;
"Feminicidio" victims summed over the states give ``mx_feminicides``. SESNSP counts
feminicide separately, so homicide does not include it. States are identified by INEGI's
code, which is what the conversion itself trusted; the name beside it must be a name of
that state, so a shifted or doctored column is refused rather than credited to the wrong
state.

Because the file is a copy made by someone else, every observation says so in its note,
and the source URL is SESNSP's page, where the official file is.

Unpublished months. SESNSP's template carries months not yet published as zeros (or the
conversion may drop them). Trailing months in which no row of any crime has a victim are
not months without victims and are left out; a zero month inside the published range is
kept. (The known copy ends with June 2025, which is published.)

Status, as in ``sesnsp_victims``: the months of the last year with data are
``provisional``, earlier months ``final``.

Vintage. SESNSP publishes each month's figures around the 20th of the following month. The
known copy holds June 2025 and was committed on 2025-07-20, the day June's figures were due,
so that date is its release.

Speed. The file has some 927,000 rows (132 MB once decompressed). It is decompressed with
the standard library's ``bz2``, parsed by pyarrow's CSV reader as text columns, and checked
column-wise, so each row costs no Python work; an error is then located by its row, which is
line ``row + 2`` (the header is line 1, and blank lines inside the file are refused, so rows
and lines do not drift apart).
"""

from __future__ import annotations

import bz2
import csv
import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from usmx.model import Observation, Source, Status
from usmx.periods import Period
from usmx.sources.base import Dataset, SourceFileError, file_source
from usmx.sources.sesnsp_victims import PAGE_URL, PUBLISHER

HEADER = (
    "date_year_month", "n_year", "n_month", "cve_ent", "nombre_estado", "subtipo_de_delito",
    "modalidad", "genero", "rango_de_edad", "n_victimas",
)
HOMICIDE = "Homicidio doloso"
FEMINICIDE = "Feminicidio"
STATE_PREFIX = "mx_homicides_"

CONVERSION_NOTE = (
    "Read from a third-party long-format conversion of SESNSP's state-level victims file "
    "(reshaped to one row per month, columns renamed, state names replaced by INEGI's), not "
    "from the file SESNSP publishes; national figures are the sum of the 32 states."
)

# The copy in ../shared/data/mexico_homicides (see the module docstring for the date).
KNOWN_RELEASES: dict[str, str] = {
    "9a27abb9322d590dbfdbb758fd9525336501bf66ffd2b4ce908064b77a07d86c": "2025-07-20",
}


@dataclass(frozen=True)
class State:
    code: str  # INEGI's two-digit state code, as the file writes it
    slug: str  # the catalog part: mx_homicides_<slug>
    names: tuple[str, ...]  # how SESNSP and INEGI write the name (compared without accents or case)


STATES: tuple[State, ...] = (
    State("01", "aguascalientes", ("Aguascalientes",)),
    State("02", "baja_california", ("Baja California",)),
    State("03", "baja_california_sur", ("Baja California Sur",)),
    State("04", "campeche", ("Campeche",)),
    State("05", "coahuila", ("Coahuila", "Coahuila de Zaragoza")),
    State("06", "colima", ("Colima",)),
    State("07", "chiapas", ("Chiapas",)),
    State("08", "chihuahua", ("Chihuahua",)),
    State("09", "cdmx", ("Ciudad de México", "Distrito Federal")),
    State("10", "durango", ("Durango",)),
    State("11", "guanajuato", ("Guanajuato",)),
    State("12", "guerrero", ("Guerrero",)),
    State("13", "hidalgo", ("Hidalgo",)),
    State("14", "jalisco", ("Jalisco",)),
    State("15", "estado_de_mexico", ("Estado de México", "México")),
    State("16", "michoacan", ("Michoacán", "Michoacán de Ocampo")),
    State("17", "morelos", ("Morelos",)),
    State("18", "nayarit", ("Nayarit",)),
    State("19", "nuevo_leon", ("Nuevo León",)),
    State("20", "oaxaca", ("Oaxaca",)),
    State("21", "puebla", ("Puebla",)),
    State("22", "queretaro", ("Querétaro", "Querétaro de Arteaga")),
    State("23", "quintana_roo", ("Quintana Roo",)),
    State("24", "san_luis_potosi", ("San Luis Potosí",)),
    State("25", "sinaloa", ("Sinaloa",)),
    State("26", "sonora", ("Sonora",)),
    State("27", "tabasco", ("Tabasco",)),
    State("28", "tamaulipas", ("Tamaulipas",)),
    State("29", "tlaxcala", ("Tlaxcala",)),
    State("30", "veracruz", ("Veracruz", "Veracruz de Ignacio de la Llave")),
    State("31", "yucatan", ("Yucatán",)),
    State("32", "zacatecas", ("Zacatecas",)),
)
_BY_CODE = {s.code: s for s in STATES}

_DATE = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


def state_indicator(state: State) -> str:
    return STATE_PREFIX + state.slug


def parse(path: Path) -> list[Observation]:
    import numpy as np

    raw = _read_bytes(path)
    table = _read_table(path, raw)
    n = table["n_victimas"]

    def line_of(row: int) -> int:
        return row + 2

    _no_blank_rows(path, table, line_of)
    victims = _counts(path, n, line_of)
    months, month_codes = _months(path, table, line_of)
    state_codes = _states(path, table, line_of)
    subtypes, subtype_codes = _codes(table["subtipo_de_delito"])
    for wanted in (HOMICIDE, FEMINICIDE):
        if wanted not in subtypes:
            raise SourceFileError(path, f"no rows for subtipo_de_delito {wanted!r}")
    hom, fem = subtypes.index(HOMICIDE), subtypes.index(FEMINICIDE)
    read = (subtype_codes == hom) | (subtype_codes == fem)
    _no_repeated_rows(path, table, read, line_of)

    n_months, n_states = len(months), len(STATES)
    published = _published(path, months, np.bincount(month_codes, weights=victims, minlength=n_months))

    def per_state_month(mask: Any) -> Any:
        cell = month_codes[mask] * n_states + state_codes[mask]
        sums = np.bincount(cell, weights=victims[mask], minlength=n_months * n_states)
        rows = np.bincount(cell, minlength=n_months * n_states)
        return sums.reshape(n_months, n_states), rows.reshape(n_months, n_states)

    homicides, hom_rows = per_state_month(subtype_codes == hom)
    feminicides, fem_rows = per_state_month(subtype_codes == fem)
    for what, rows in ((HOMICIDE, hom_rows), (FEMINICIDE, fem_rows)):
        for i, (year, month) in enumerate(months):
            missing = [STATES[j].code for j in range(n_states) if rows[i, j] == 0]
            if missing and i < published:
                raise SourceFileError(
                    path, f"no {what!r} rows for state(s) {', '.join(missing)} in {year}-{month:02d}"
                )

    source = file_source(path, DATASET, PAGE_URL, PUBLISHER, KNOWN_RELEASES)
    last_year = months[published - 1][0]
    out: list[Observation] = []
    for i in range(published):
        year, month = months[i]
        status: Status = "provisional" if year == last_year else "final"
        period = Period.month(year, month)

        def obs(indicator: str, value: float, period: Period = period, status: Status = status) -> Observation:
            return _observation(indicator, period, value, status, source)

        out.append(obs("mx_homicides", float(homicides[i].sum())))
        out.append(obs("mx_feminicides", float(feminicides[i].sum())))
        out.extend(obs(state_indicator(s), float(homicides[i, j])) for j, s in enumerate(STATES))
    return out


def _observation(indicator: str, period: Period, value: float, status: Status, source: Source) -> Observation:
    return Observation(indicator, period, value, status, source.release, source, note=CONVERSION_NOTE)


# ---------------------------------------------------------------------------------------------
# reading


def _read_bytes(path: Path) -> bytes:
    """The CSV text as bytes: decompressed when the name ends in .bz2."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceFileError(path, f"cannot read file ({exc.strerror})") from None
    if not data or data.isspace():
        raise SourceFileError(path, "file is empty")
    if path.suffix.lower() == ".bz2":
        data = _bunzip(path, data)
        if not data or data.isspace():
            raise SourceFileError(path, "file is empty once decompressed")
    if b"\x00" in data[:4096]:
        raise SourceFileError(path, "file is binary, expected CSV text")
    return data


def _bunzip(path: Path, data: bytes) -> bytes:
    """Every bzip2 stream in ``data``, refusing a file that stops before its end marker."""
    parts: list[bytes] = []
    rest = data
    while rest:
        d = bz2.BZ2Decompressor()
        try:
            parts.append(d.decompress(rest))
        except OSError:
            if parts and not rest.strip(b"\x00"):
                break  # padding after the last stream
            raise SourceFileError(path, "not a bzip2 file (or its data are damaged)") from None
        if not d.eof:
            line = b"".join(parts).count(b"\n") + 1
            raise SourceFileError(
                path, f"the bzip2 data end before their end marker (truncated file): the text stops inside "
                f"line {line}", line,
            )
        rest = d.unused_data
    return b"".join(parts)


def _header(path: Path, raw: bytes) -> list[str]:
    end = raw.find(b"\n")
    first = (raw if end < 0 else raw[:end]).rstrip(b"\r")
    try:
        names = next(csv.reader(io.StringIO(first.decode("utf-8-sig"))), [])
    except UnicodeDecodeError:
        raise SourceFileError(path, "not valid utf-8 text", 1) from None
    names = [h.strip() for h in names]
    missing = [h for h in HEADER if h not in names]
    if missing:
        raise SourceFileError(path, f"header lacks column(s) {', '.join(missing)}; found {', '.join(names[:12])}", 1)
    if len(set(names)) != len(names):
        raise SourceFileError(path, "header names a column twice", 1)
    return names


def _read_table(path: Path, raw: bytes) -> Any:
    import pyarrow as pa
    import pyarrow.csv as pcsv

    names = _header(path, raw)
    # The rows without copying 132 MB: from after the header to the last non-blank byte (blank
    # lines at the very end are harmless; inside the file they are refused as short rows).
    start, end = raw.find(b"\n") + 1, len(raw)
    while end > start and raw[end - 1] in b"\r\n \t":
        end -= 1
    if start == 0 or end <= start:
        raise SourceFileError(path, "the file has a header but no data rows")
    body = pa.py_buffer(raw).slice(start, end - start)
    bad: list[tuple[int | None, str]] = []

    def invalid(row: Any) -> str:
        bad.append((row.number, f"expected {row.expected_columns} fields, found {row.actual_columns} "
                                 "(truncated or malformed row)"))
        return "error"

    try:
        return pcsv.read_csv(
            pa.BufferReader(body),
            read_options=pcsv.ReadOptions(column_names=names, use_threads=False),
            parse_options=pcsv.ParseOptions(ignore_empty_lines=False, invalid_row_handler=invalid),
            convert_options=pcsv.ConvertOptions(
                column_types={h: pa.string() for h in HEADER}, include_columns=list(HEADER),
                strings_can_be_null=False, quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
        if bad:
            number, message = bad[0]
            raise SourceFileError(path, message, None if number is None else number + 1) from None
        _bad_text(path, raw)
        raise SourceFileError(path, f"not readable as CSV ({str(exc).splitlines()[0][:200]})") from None


def _bad_text(path: Path, raw: bytes) -> None:
    """Name the line of the first byte that is not UTF-8 (pyarrow only says that one exists)."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceFileError(path, "not valid utf-8 text", raw[: exc.start].count(b"\n") + 1) from None


def _codes(column: Any) -> tuple[list[str], Any]:
    """The distinct values of a text column and, for each row, the index of its value."""
    encoded = column.dictionary_encode().combine_chunks()
    return encoded.dictionary.to_pylist(), encoded.indices.to_numpy(zero_copy_only=False)


def _first_row(mask: Any) -> int:
    import numpy as np

    return int(np.flatnonzero(mask)[0])


def _no_blank_rows(path: Path, table: Any, line_of: Any) -> None:
    """A blank line inside the file reads as a row of empty fields; say so rather than blame one field."""
    import pyarrow.compute as pc

    empty = pc.and_(pc.equal(table["date_year_month"], ""), pc.equal(table["n_victimas"], ""))
    mask = empty.to_numpy(zero_copy_only=False)
    if mask.any():
        raise SourceFileError(path, "blank line inside the file", line_of(_first_row(mask)))


def _counts(path: Path, column: Any, line_of: Any) -> Any:
    """``n_victimas`` as float64 (exact for any count below 2**53), refusing anything but digits."""
    import numpy as np
    import pyarrow.compute as pc

    ok = pc.match_substring_regex(column, r"^\d+$").to_numpy(zero_copy_only=False)
    if not ok.all():
        row = _first_row(~ok)
        raise SourceFileError(
            path, f"n_victimas is not a count of victims: {column[row].as_py()!r}", line_of(row)
        )
    return pc.cast(column, "int64").to_numpy(zero_copy_only=False).astype(np.float64)


def _months(path: Path, table: Any, line_of: Any) -> tuple[list[tuple[int, int]], Any]:
    """Every month from the first to the last in the file, and each row's index into that list.

    The date, year and month columns must agree (a row whose date says March and whose
    n_month says April has been edited), and no month may be missing inside the range.
    """
    import numpy as np

    dates, date_codes = _codes(table["date_year_month"])
    years, year_codes = _codes(table["n_year"])
    month_names, month_codes = _codes(table["n_month"])
    combo = (date_codes * len(years) + year_codes) * len(month_names) + month_codes
    uniq, first = np.unique(combo, return_index=True)
    of_date: dict[int, tuple[int, int]] = {}
    for key, row in zip(uniq.tolist(), first.tolist(), strict=True):
        d, rest = divmod(key, len(years) * len(month_names))
        y, m = divmod(rest, len(month_names))
        text = dates[d]
        match = _DATE.match(text)
        if not match:
            raise SourceFileError(path, f"date_year_month is not a date (YYYY-MM-DD): {text!r}", line_of(row))
        if (years[y], month_names[m]) != (match.group(1), match.group(2)):
            raise SourceFileError(
                path, f"date_year_month {text!r} disagrees with n_year {years[y]!r} and n_month "
                f"{month_names[m]!r}", line_of(row),
            )
        of_date[d] = (int(match.group(1)), int(match.group(2)))
    start, end = min(of_date.values()), max(of_date.values())
    months = [(y, m) for y in range(start[0], end[0] + 1) for m in range(1, 13) if start <= (y, m) <= end]
    present = set(of_date.values())
    gaps = [f"{y}-{m:02d}" for y, m in months if (y, m) not in present]
    if gaps:
        raise SourceFileError(path, f"no rows for {', '.join(gaps[:6])}{' …' if len(gaps) > 6 else ''}")
    position = {ym: i for i, ym in enumerate(months)}
    lookup = np.zeros(len(dates), dtype=np.int64)
    for d, ym in of_date.items():
        lookup[d] = position[ym]
    if len(set(of_date.values())) != len(of_date):
        # two spellings of one month ("2025-06-15", "2025-06-01"): the conversion writes one
        seen: dict[tuple[int, int], str] = {}
        for d, ym in sorted(of_date.items()):
            if ym in seen:
                row = _first_row(date_codes == d)
                raise SourceFileError(
                    path, f"date_year_month {dates[d]!r} is written {seen[ym]!r} elsewhere", line_of(row)
                )
            seen[ym] = dates[d]
    return months, lookup[date_codes]


def _states(path: Path, table: Any, line_of: Any) -> Any:
    """For each row, the index of its state in ``STATES``."""
    import numpy as np

    codes, code_rows = _codes(table["cve_ent"])
    names, name_rows = _codes(table["nombre_estado"])
    pair = code_rows * len(names) + name_rows
    uniq, first = np.unique(pair, return_index=True)
    for key, row in zip(uniq.tolist(), first.tolist(), strict=True):
        c, nm = divmod(key, len(names))
        state = _BY_CODE.get(codes[c])
        if state is None:
            raise SourceFileError(path, f"cve_ent is not one of INEGI's 32 state codes: {codes[c]!r}", line_of(row))
        if _plain(names[nm]) not in {_plain(x) for x in state.names}:
            raise SourceFileError(
                path, f"nombre_estado {names[nm]!r} is not the name of state {state.code} ({state.names[0]})",
                line_of(row),
            )
    absent = sorted(set(_BY_CODE) - set(codes))
    if absent:
        raise SourceFileError(path, f"no rows for state(s) {', '.join(absent)}")
    index = {s.code: i for i, s in enumerate(STATES)}
    return np.array([index[c] for c in codes], dtype=np.int64)[code_rows]


def _plain(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().split())


def _no_repeated_rows(path: Path, table: Any, read: Any, line_of: Any) -> None:
    """A row that appears twice (same month, state, subtype, modalidad, sex and age) would double-count."""
    import numpy as np

    key = np.zeros(int(read.sum()), dtype=np.int64)
    for column in ("date_year_month", "cve_ent", "subtipo_de_delito", "modalidad", "genero", "rango_de_edad"):
        values, codes = _codes(table[column])
        key = key * len(values) + codes[read]
    uniq, counts = np.unique(key, return_counts=True)
    if (counts > 1).any():
        repeated = uniq[counts > 1][0]
        rows = np.flatnonzero(read)[key == repeated]
        raise SourceFileError(
            path, f"the same month, state, subtype, modalidad, sex and age appear twice (first on line "
            f"{line_of(int(rows[0]))})", line_of(int(rows[1])),
        )


def _published(path: Path, months: Sequence[tuple[int, int]], totals: Any) -> int:
    """How many leading months are published: later months with no victim of any crime are template."""
    with_victims = [i for i, total in enumerate(totals) if total > 0]
    if not with_victims:
        raise SourceFileError(path, "every n_victimas is zero: no month has been published")
    return with_victims[-1] + 1


DATASET = Dataset(
    name="sesnsp_victims_long",
    title="Víctimas del fuero común por entidad, mensual (SESNSP), third-party long-format conversion",
    publisher=PUBLISHER,
    page_url=PAGE_URL,
    files=("sesnsp_victimas_estatal_long_*.csv.bz2", "sesnsp_victimas_estatal_long_*.csv"),
    parse=parse,
    download_url=None,
)
