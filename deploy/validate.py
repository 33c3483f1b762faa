#!/usr/bin/env python3
"""Offline checks of docker-compose.yml, the services' Dockerfile.jvm and deploy/ against the code's conventions.

Run through deploy/validate.sh. Needs only python3: YAML is read with PyYAML when it is installed, otherwise with
the strict parser below, which understands the subset of YAML these files use and refuses anything else. When
PyYAML is there, both parsers read every file and must agree, so the fallback stays trustworthy.
"""

import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------------------------------------------------------
# The conventions of the code (architecture.md and libs/platform)

# name, HTTP port, database, short name (polku.service, the DLQ suffix and the Secret suffix)
SERVICES = [
    ("intake-service", 8081, "intake", "intake"),
    ("case-owner-service", 8082, "case_owner", "case-owner"),
    ("assessment-service", 8083, "assessment", "assessment"),
    ("coaching-service", 8084, "coaching", "coaching"),
    ("reporting-service", 8085, "reporting", "reporting"),
]
COMMON_ENV = {
    "QUARKUS_HTTP_PORT", "POLKU_DB_URL", "POLKU_DB_USER", "POLKU_DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS",
    "POLKU_JWT_ISSUER", "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "QUARKUS_PROFILE",
}
SERVICE_ENV = {"intake-service": {"POLKU_IDENTITY_ENCRYPTION_KEY", "POLKU_IDENTITY_INDEX_KEY"}}
# May be set, but are not required (anything else is taken for a typo).
OPTIONAL_ENV = {"POLKU_OUTBOX_ENABLED", "POLKU_OWN_ORGANISATIONS", "QUARKUS_HTTP_BODY_UPLOADS_DIRECTORY", "JAVA_MAX_MEM_RATIO"}
SECRET_ENV = {"POLKU_DB_PASSWORD", "POLKU_IDENTITY_ENCRYPTION_KEY", "POLKU_IDENTITY_INDEX_KEY"}

EVENT_TOPICS = ["polku.intake.events", "polku.case-owner.events", "polku.assessment.events",
                "polku.coaching.events"]
AUDIT_TOPIC = "polku.audit.access"
EMERGENCY_ACCESS_TOPIC = "polku.access.emergency"
DLQ_TOPICS = ["polku.dlq." + short for _, _, _, short in SERVICES]
TOPICS = EVENT_TOPICS + [AUDIT_TOPIC, EMERGENCY_ACCESS_TOPIC] + DLQ_TOPICS

DEV_KEY = "libs/platform/src/main/resources/dev-keys/jwt-public.pem"
PLACEHOLDER = "REPLACE_ME"


def env_names(service):
    return COMMON_ENV | SERVICE_ENV.get(service, set())


# ---------------------------------------------------------------------------------------------------------------
# A strict parser for the YAML subset used here: block mappings and sequences, plain and quoted scalars, single-line
# flow collections, literal and folded block scalars, comments and "---" document separators. Scalars resolve as in
# PyYAML's safe loader (YAML 1.1). Anchors, aliases, tags, merge keys and multi-line plain or quoted scalars are refused.

class YamlError(Exception):
    pass


_NULL = {"", "~", "null", "Null", "NULL"}
_TRUE = {"yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"}
_FALSE = {"no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"}
_INT = re.compile(r"^[-+]?(0|[1-9][0-9_]*)$")
_OCT = re.compile(r"^[-+]?0[0-7_]+$")
_HEX = re.compile(r"^[-+]?0x[0-9a-fA-F_]+$")
_FLOAT = re.compile(r"^[-+]?[0-9][0-9_]*\.[0-9_]*([eE][-+][0-9]+)?$|^\.[0-9_]+([eE][-+][0-9]+)?$")
_SEXAGESIMAL = re.compile(r"^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$")
_TIMESTAMP = re.compile(r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}")
_KEY_END = re.compile(r":(\s|$)")


def _resolve(text, where):
    if text in _NULL:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if text in (".inf", "+.inf", ".Inf", "+.Inf", ".INF", "+.INF"):
        return float("inf")
    if text in ("-.inf", "-.Inf", "-.INF"):
        return float("-inf")
    if _INT.match(text):
        return int(text.replace("_", ""))
    if _HEX.match(text):
        return int(text.replace("_", ""), 16)
    if _OCT.match(text):
        return int(text.replace("_", ""), 8)
    if _FLOAT.match(text):
        return float(text.replace("_", ""))
    if _SEXAGESIMAL.match(text) or _TIMESTAMP.match(text) or text == "<<":
        raise YamlError(f"{where}: quote {text!r} (YAML 1.1 reads it as a number, date or merge key)")
    if text[0] in "&*!%@`|>":
        raise YamlError(f"{where}: unsupported or invalid plain scalar {text!r}")
    if ": " in text or text.endswith(":"):
        raise YamlError(f"{where}: mapping value not allowed here: {text!r}")
    return text


def _quoted(text, pos, where):
    """Parses the quoted scalar starting at text[pos]; returns (value, position after the closing quote)."""
    quote = text[pos]
    out = []
    i = pos + 1
    while i < len(text):
        c = text[i]
        if quote == "'":
            if c == "'":
                if i + 1 < len(text) and text[i + 1] == "'":
                    out.append("'")
                    i += 2
                    continue
                return "".join(out), i + 1
            out.append(c)
            i += 1
        else:
            if c == '"':
                return "".join(out), i + 1
            if c == "\\":
                i += 1
                if i >= len(text):
                    break
                e = text[i]
                simple = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "\\": "\\", '"': '"', "/": "/", " ": " ",
                          "e": "\x1b", "a": "\x07", "b": "\b"}
                if e in simple:
                    out.append(simple[e])
                    i += 1
                elif e in "xuU":
                    n = {"x": 2, "u": 4, "U": 8}[e]
                    out.append(chr(int(text[i + 1:i + 1 + n], 16)))
                    i += 1 + n
                else:
                    raise YamlError(f"{where}: unsupported escape \\{e}")
                continue
            out.append(c)
            i += 1
    raise YamlError(f"{where}: unterminated or multi-line quoted scalar")


def _after_value(text, pos, where):
    rest = text[pos:]
    if rest.strip() and not re.match(r"^\s+#", rest):
        raise YamlError(f"{where}: unexpected text after value: {rest.strip()!r}")


def _flow(text, pos, where):
    """Parses a flow collection or flow scalar at text[pos]; returns (value, next position)."""
    while pos < len(text) and text[pos] == " ":
        pos += 1
    if pos >= len(text):
        raise YamlError(f"{where}: unterminated flow collection")
    c = text[pos]
    if c == "[":
        items = []
        pos += 1
        while True:
            while pos < len(text) and text[pos] == " ":
                pos += 1
            if pos < len(text) and text[pos] == "]":
                return items, pos + 1
            value, pos = _flow(text, pos, where)
            items.append(value)
            while pos < len(text) and text[pos] == " ":
                pos += 1
            if pos < len(text) and text[pos] == ",":
                pos += 1
            elif pos < len(text) and text[pos] == "]":
                return items, pos + 1
            else:
                raise YamlError(f"{where}: bad flow sequence")
    if c == "{":
        mapping = {}
        pos += 1
        while True:
            while pos < len(text) and text[pos] == " ":
                pos += 1
            if pos < len(text) and text[pos] == "}":
                return mapping, pos + 1
            key, pos = _flow(text, pos, where)
            if pos >= len(text) or text[pos] != ":":
                raise YamlError(f"{where}: bad flow mapping")
            value, pos = _flow(text, pos + 1, where)
            mapping[key] = value
            while pos < len(text) and text[pos] == " ":
                pos += 1
            if pos < len(text) and text[pos] == ",":
                pos += 1
            elif pos < len(text) and text[pos] == "}":
                return mapping, pos + 1
            else:
                raise YamlError(f"{where}: bad flow mapping")
    if c in "'\"":
        return _quoted(text, pos, where)
    end = pos
    while end < len(text) and text[end] not in ",]}" and not (text[end] == ":" and
                                                               (end + 1 == len(text) or text[end + 1] in " ,]}")):
        end += 1
    return _resolve(text[pos:end].strip(), where), end


class _Parser:
    def __init__(self, lines, path, first_line):
        self.lines = lines
        self.path = path
        self.first_line = first_line
        self.override = {}

    def where(self, i):
        return f"{self.path}:{self.first_line + i + 1}"

    def line(self, i):
        if i in self.override:
            return self.override[i]
        raw = self.lines[i]
        stripped = raw.lstrip(" ")
        if stripped.startswith("\t"):
            raise YamlError(f"{self.where(i)}: tab in indentation")
        return len(raw) - len(stripped), stripped.rstrip()

    def skip(self, i):
        while i < len(self.lines):
            if i in self.override:
                return i
            s = self.lines[i].strip()
            if s and not s.startswith("#"):
                return i
            i += 1
        return i

    @staticmethod
    def is_item(text):
        return text == "-" or text.startswith("- ")

    def split_key(self, text, i):
        if text.startswith("? "):
            raise YamlError(f"{self.where(i)}: complex keys are not supported")
        if text[0] in "[{":
            return None
        if text[0] in "'\"":
            key, pos = _quoted(text, 0, self.where(i))
            rest = text[pos:].lstrip(" ")
            if rest == ":" or rest.startswith(": "):
                return key, rest[1:].strip()
            return None
        m = _KEY_END.search(text)
        if not m or " #" in text[:m.start()]:
            return None
        return _resolve(text[:m.start()].strip(), self.where(i)), text[m.start() + 1:].strip()

    def document(self):
        value, i = self.block(0, 0)
        i = self.skip(i)
        if i < len(self.lines):
            raise YamlError(f"{self.where(i)}: unexpected content")
        return value

    def block(self, i, min_indent):
        i = self.skip(i)
        if i >= len(self.lines):
            return None, i
        indent, text = self.line(i)
        if indent < min_indent:
            return None, i
        if self.is_item(text):
            return self.sequence(i, indent)
        if self.split_key(text, i) is not None:
            return self.mapping(i, indent)
        return self.inline(text, i), i + 1

    def mapping(self, i, indent):
        result = {}
        while True:
            i = self.skip(i)
            if i >= len(self.lines):
                return result, i
            line_indent, text = self.line(i)
            if line_indent < indent:
                return result, i
            if line_indent > indent or self.is_item(text):
                raise YamlError(f"{self.where(i)}: unexpected indentation or sequence item")
            kv = self.split_key(text, i)
            if kv is None:
                raise YamlError(f"{self.where(i)}: expected 'key: value'")
            key, rest = kv
            if key in result:
                raise YamlError(f"{self.where(i)}: duplicate key {key!r}")
            if rest.startswith("#"):
                rest = ""
            if rest == "":
                j = self.skip(i + 1)
                value, next_i = None, i + 1
                if j < len(self.lines):
                    child_indent, child = self.line(j)
                    if child_indent > indent:
                        value, next_i = self.block(j, child_indent)
                    elif child_indent == indent and self.is_item(child):
                        value, next_i = self.sequence(j, indent)
                i = next_i
            elif rest[0] in "|>":
                value, i = self.block_scalar(i + 1, indent, rest)
            else:
                value, i = self.inline(rest, i), i + 1
            result[key] = value

    def sequence(self, i, indent):
        result = []
        while True:
            i = self.skip(i)
            if i >= len(self.lines):
                return result, i
            line_indent, text = self.line(i)
            if line_indent < indent or (line_indent == indent and not self.is_item(text)):
                return result, i
            if line_indent > indent:
                raise YamlError(f"{self.where(i)}: unexpected indentation")
            rest = text[1:]
            content = rest.lstrip(" ")
            if content == "" or content.startswith("#"):
                value, i = self.block(i + 1, indent + 1)
            elif self.is_item(content) or self.split_key(content, i) is not None:
                self.override[i] = (indent + 1 + len(rest) - len(content), content)
                value, i = self.block(i, indent + 1)
            elif content[0] in "|>":
                value, i = self.block_scalar(i + 1, indent, content)
            else:
                value, i = self.inline(content, i), i + 1
            result.append(value)

    def inline(self, text, i):
        where = self.where(i)
        if text[0] in "[{'\"":
            value, pos = _flow(text, 0, where)
            _after_value(text, pos, where)
            return value
        m = re.search(r"\s#", text)
        if m:
            text = text[:m.start()].rstrip()
        return _resolve(text, where)

    def block_scalar(self, i, parent_indent, header):
        header = header.split("#")[0].strip()
        if not re.fullmatch(r"[|>][-+]?", header):
            raise YamlError(f"{self.where(i - 1)}: unsupported block scalar header {header!r}")
        chomp = header[1:] or "clip"
        lines = []
        content_indent = None
        while i < len(self.lines):
            raw = self.lines[i]
            if raw.strip() == "":
                lines.append("")
                i += 1
                continue
            indent = len(raw) - len(raw.lstrip(" "))
            if content_indent is None:
                if indent <= parent_indent:
                    break
                content_indent = indent
            if indent < content_indent:
                break
            lines.append(raw[content_indent:].rstrip("\n"))
            i += 1
        trailing = 0
        while lines and lines[-1] == "":
            lines.pop()
            trailing += 1
        # Give the trailing blank lines back to the caller, who skips them.
        i -= trailing
        if header[0] == "|":
            body = "\n".join(lines)
        else:
            if any(line.startswith((" ", "\t")) for line in lines):
                raise YamlError(f"{self.where(i)}: more-indented lines in a folded scalar are not supported")
            body, previous = "", None
            for line in lines:
                if previous is None:
                    body = line
                elif line == "":
                    body += "\n"
                elif previous == "":
                    body += line
                else:
                    body += " " + line
                previous = line
        if not lines:
            return "", i
        if chomp == "-":
            return body, i
        if chomp == "+":
            return body + "\n" + "\n" * trailing, i
        return body + "\n", i


def subset_load_all(text, path):
    docs, current, start = [], [], 0
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()  # the final line break ends the last line; it does not start another
    for n, line in enumerate(lines):
        if line.rstrip() == "---" or line.startswith("--- "):
            if line.startswith("--- ") and line[4:].strip() and not line[4:].strip().startswith("#"):
                raise YamlError(f"{path}:{n + 1}: content after '---' is not supported")
            docs.append((start, current))
            current, start = [], n + 1
        elif line.rstrip() == "...":
            continue
        else:
            current.append(line)
    docs.append((start, current))
    result = []
    for index, (start, doc_lines) in enumerate(docs):
        if index == 0 and not any(l.strip() and not l.strip().startswith("#") for l in doc_lines):
            continue  # comments before the first "---"
        result.append(_Parser(doc_lines, path, start).document())
    return result


try:
    import yaml as _pyyaml
except ImportError:
    _pyyaml = None


def load_all(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if _pyyaml is not None:
        return [d for d in _pyyaml.safe_load_all(text)]
    return [d for d in subset_load_all(text, os.path.relpath(path, ROOT))]


def same(a, b):
    """Equality that tells True from 1 and 1 from 1.0."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


# ---------------------------------------------------------------------------------------------------------------
# Reporting

class Report:
    def __init__(self):
        self.passed = self.failed = self.skipped = 0

    def check(self, name, problems):
        problems = [p for p in problems if p]
        if problems:
            self.failed += 1
            print(f"  FAIL  {name}")
            for p in problems:
                print(f"          - {p}")
        else:
            self.passed += 1
            print(f"  ok    {name}")

    def skip(self, name, why):
        self.skipped += 1
        print(f"  skip  {name}: {why}")


def rel(path):
    return os.path.relpath(path, ROOT)


def yaml_files(top):
    found = []
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames.sort()
        for f in sorted(filenames):
            if f.endswith((".yaml", ".yml")):
                found.append(os.path.join(dirpath, f))
    return found


def mebibytes(quantity):
    m = re.fullmatch(r"(\d+)(Mi|Gi|M|G)?", str(quantity))
    if not m:
        return None
    factor = {"Mi": 1, "Gi": 1024, "M": 1e6 / 2 ** 20, "G": 1e9 / 2 ** 20, None: 1 / 2 ** 20}[m.group(2)]
    return int(m.group(1)) * factor


# ---------------------------------------------------------------------------------------------------------------
# Checks

def check_parse(report, files):
    """Parses every file; returns {path: [documents]} of those that parsed."""
    parsed = {}
    for path in files:
        problems = []
        try:
            docs = load_all(path)
            parsed[path] = docs
            if _pyyaml is not None:
                try:
                    with open(path, encoding="utf-8") as f:
                        fallback = subset_load_all(f.read(), rel(path))
                    if not same(docs, fallback):
                        problems.append("the fallback parser (used where PyYAML is missing) reads it differently")
                except YamlError as e:
                    problems.append(f"the fallback parser (used where PyYAML is missing) refuses it: {e}")
            if "/k8s/" in path and not path.endswith("kustomization.yaml"):
                for d in docs:
                    if not isinstance(d, dict) or not d.get("apiVersion") or not d.get("kind") \
                            or not (d.get("metadata") or {}).get("name"):
                        problems.append("a document without apiVersion, kind or metadata.name")
        except Exception as e:  # noqa: BLE001 - any parse error is the finding
            problems.append(str(e).replace("\n", " "))
        n = len(parsed.get(path, []))
        report.check(f"parse {rel(path)} ({n} document{'s' if n != 1 else ''})", problems)
    return parsed


def check_dockerfiles(report):
    for name, port, _, _ in SERVICES:
        path = os.path.join(ROOT, "services", name, "src/main/docker/Dockerfile.jvm")
        if not os.path.isfile(path):
            report.check(f"Dockerfile.jvm of {name}", [f"{rel(path)} is missing"])
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        lines = [l.strip() for l in text.splitlines() if l.strip() and not l.strip().startswith("#")]
        # Build arguments at their defaults, as when built from the service directory
        for arg, default in re.findall(r"^ARG\s+(\w+)=(\S+)", text, re.M):
            lines = [l.replace("${%s}" % arg, default).replace("$" + arg, default) for l in lines]
        problems = []
        froms = [l for l in lines if l.upper().startswith("FROM ")]
        if not froms or "registry.access.redhat.com/ubi9/openjdk-17-runtime" not in froms[-1]:
            problems.append("not based on registry.access.redhat.com/ubi9/openjdk-17-runtime")
        exposed = [p for l in lines if l.upper().startswith("EXPOSE ") for p in l.split()[1:]]
        if exposed != [str(port)]:
            problems.append(f"EXPOSE {' '.join(exposed) or '(none)'}, expected {port}")
        for part in ("lib/", "*.jar", "app/", "quarkus/"):
            if not any(l.upper().startswith("COPY ") and "quarkus-app/" + part in l for l in lines):
                problems.append(f"does not copy quarkus-app/{part}")
        users = [l.split()[1] for l in lines if l.upper().startswith("USER ")]
        if not users or users[-1] in ("0", "root"):
            problems.append("does not run as a non-root user")
        env_port = re.findall(r"QUARKUS_HTTP_PORT=(\d+)", text)
        if env_port and env_port != [str(port)]:
            problems.append(f"QUARKUS_HTTP_PORT={env_port}, expected {port}")
        if not any(l.upper().startswith("ENTRYPOINT") and ("run-java" in l or "quarkus-run.jar" in l) for l in lines) \
                and "quarkus-run.jar" not in text:
            problems.append("does not start quarkus-run.jar")
        report.check(f"Dockerfile.jvm of {name}: base image, port {port}, fast-jar layers, non-root", problems)


def compose_env(service):
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) if "=" in item else (item, None) for item in env)
    return {k: (None if v is None else str(v)) for k, v in env.items()}


def compose_ports(service):
    pairs = []
    for p in service.get("ports") or []:
        if isinstance(p, dict):
            pairs.append((str(p.get("published")), str(p.get("target"))))
        else:
            parts = str(p).split("/")[0].split(":")
            if len(parts) >= 2:
                pairs.append((parts[-2], parts[-1]))
    return pairs


def compose_volumes(service):
    mounts = []
    for v in service.get("volumes") or []:
        if isinstance(v, dict):
            mounts.append((v.get("source"), v.get("target")))
        else:
            parts = str(v).split(":")
            if len(parts) >= 2:
                mounts.append((parts[0], parts[1]))
    return mounts


def strings_in(value):
    if isinstance(value, dict):
        for v in value.values():
            yield from strings_in(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings_in(v)
    elif isinstance(value, str):
        yield value


def topic_mentioned(topic, text):
    return re.search(r"(?<![\w.-])" + re.escape(topic) + r"(?![\w.-])", text) is not None


def check_compose(report, parsed):
    path = os.path.join(ROOT, "docker-compose.yml")
    if path not in parsed:
        report.skip("docker-compose.yml", "missing or unparsable")
        return
    compose = parsed[path][0] or {}
    services = compose.get("services") or {}

    problems = []
    pg = services.get("postgres")
    init_sql = ""
    if not pg:
        problems.append("no postgres service")
    else:
        if not str(pg.get("image", "")).startswith("postgres:15"):
            problems.append(f"postgres image {pg.get('image')}, expected postgres:15")
        if not pg.get("healthcheck"):
            problems.append("postgres has no health check")
        for source, target in compose_volumes(pg):
            if str(target).startswith("/docker-entrypoint-initdb.d"):
                script = os.path.join(ROOT, source)
                if not os.path.isfile(script):
                    problems.append(f"init script {source} is missing")
                else:
                    with open(script, encoding="utf-8") as f:
                        init_sql += f.read()
        created = set(re.findall(r"CREATE\s+DATABASE\s+(\w+)", init_sql, re.I))
        for _, _, db, _ in SERVICES:
            if db not in created:
                problems.append(f"the init script does not create database {db}")
    report.check("compose: PostgreSQL 15 with an init script creating the five databases", problems)

    problems = []
    kafka = services.get("kafka")
    if not kafka:
        problems.append("no kafka service")
    else:
        if not str(kafka.get("image", "")).startswith("apache/kafka"):
            problems.append(f"kafka image {kafka.get('image')}, expected apache/kafka")
        roles = compose_env(kafka).get("KAFKA_PROCESS_ROLES") or ""
        if "controller" not in roles or "broker" not in roles:
            problems.append("kafka is not a combined KRaft broker and controller")
        if not kafka.get("healthcheck"):
            problems.append("kafka has no health check")
    everything = "\n".join(strings_in(compose))
    for topic in TOPICS:
        if not topic_mentioned(topic, everything):
            problems.append(f"topic {topic} is not created")
    audit_lines = [l for l in everything.splitlines() if topic_mentioned(AUDIT_TOPIC, l)]
    if audit_lines and not any("retention.ms=-1" in l for l in audit_lines):
        problems.append(f"{AUDIT_TOPIC} is not kept indefinitely (retention.ms=-1)")
    report.check("compose: Kafka in KRaft mode with a health check, every topic created", problems)

    for name, port, db, _ in SERVICES:
        problems = []
        svc = services.get(name)
        if not svc:
            report.check(f"compose {name}", ["service missing"])
            continue
        env = compose_env(svc)
        expected = env_names(name)
        missing = sorted(expected - env.keys())
        unknown = sorted(env.keys() - expected - OPTIONAL_ENV)
        if missing:
            problems.append(f"environment lacks {', '.join(missing)}")
        if unknown:
            problems.append(f"unknown environment names {', '.join(unknown)}")
        if env.get("QUARKUS_HTTP_PORT") != str(port):
            problems.append(f"QUARKUS_HTTP_PORT={env.get('QUARKUS_HTTP_PORT')}, expected {port}")
        if (str(port), str(port)) not in compose_ports(svc):
            problems.append(f"port {port} is not published as {port}:{port}")
        if env.get("QUARKUS_PROFILE") != "local":
            problems.append("QUARKUS_PROFILE is not local")
        m = re.fullmatch(r"jdbc:postgresql://([\w.-]+):(\d+)/(\w+)(\?.*)?", env.get("POLKU_DB_URL") or "")
        if not m or m.group(3) != db or m.group(1) not in services:
            problems.append(f"POLKU_DB_URL={env.get('POLKU_DB_URL')} does not name database {db} on a compose service")
        user, password = env.get("POLKU_DB_USER"), env.get("POLKU_DB_PASSWORD")
        role = re.search(r"CREATE\s+ROLE\s+" + re.escape(user or "-") + r"\b[^;]*PASSWORD\s+'([^']*)'", init_sql, re.I)
        if not role or role.group(1) != password:
            problems.append(f"POLKU_DB_USER/PASSWORD do not match a role of the init script")
        for server in (env.get("KAFKA_BOOTSTRAP_SERVERS") or "").split(","):
            if server.split(":")[0] not in services:
                problems.append(f"KAFKA_BOOTSTRAP_SERVERS names {server}, not a compose service")
        key_location = (env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION") or "").removeprefix("file:")
        mounts = dict((t, s) for s, t in compose_volumes(svc))
        source = mounts.get(key_location)
        if not source or os.path.normpath(source) != os.path.normpath(DEV_KEY) \
                or not os.path.isfile(os.path.join(ROOT, DEV_KEY)):
            problems.append(f"the dev public key {DEV_KEY} is not mounted at MP_JWT_VERIFY_PUBLICKEY_LOCATION")
        test = svc.get("healthcheck", {}).get("test")
        test = " ".join(test) if isinstance(test, list) else str(test)
        if "/q/health/ready" not in test or str(port) not in test:
            problems.append("the health check does not probe /q/health/ready on its port")
        depends = svc.get("depends_on") or {}
        for dependency in ("postgres", "kafka"):
            if not isinstance(depends, dict) or (depends.get(dependency) or {}).get("condition") != "service_healthy":
                problems.append(f"does not wait for {dependency} with condition service_healthy")
        build = svc.get("build") or {}
        dockerfile = os.path.normpath(os.path.join(build.get("context", "."), build.get("dockerfile", "Dockerfile")))
        if dockerfile != os.path.normpath(f"services/{name}/src/main/docker/Dockerfile.jvm"):
            problems.append(f"built from {dockerfile}")
        app_dir = (build.get("args") or {}).get("APP_DIR")
        if os.path.normpath(os.path.join(build.get("context", "."), app_dir or "target/quarkus-app")) \
                != os.path.normpath(f"services/{name}/target/quarkus-app"):
            problems.append("the build does not copy this service's target/quarkus-app")
        report.check(f"compose {name}: port {port}, environment, database, key, health check, depends_on", problems)


def load_kustomization(directory, parsed, problems, seen=None):
    """Returns the documents a kustomization directory includes (resources only; patches are not applied)."""
    seen = seen if seen is not None else set()
    kpath = os.path.join(directory, "kustomization.yaml")
    if kpath not in parsed:
        problems.append(f"{rel(kpath)} is missing or unparsable")
        return []
    seen.add(kpath)
    docs = []
    for resource in parsed[kpath][0].get("resources") or []:
        target = os.path.normpath(os.path.join(directory, resource))
        seen.add(target)
        if os.path.isdir(target):
            docs += load_kustomization(target, parsed, problems, seen)
        elif target in parsed:
            docs += [(target, d) for d in parsed[target] if d]
        else:
            problems.append(f"{rel(kpath)} lists {resource}, which is missing or unparsable")
    return docs


def templates(parsed):
    """Secret name -> set of keys, from every *.template.yaml under deploy/."""
    secrets = {}
    for path, docs in parsed.items():
        if path.endswith(".template.yaml"):
            for d in docs:
                if d and d.get("kind") == "Secret":
                    secrets[d["metadata"]["name"]] = set((d.get("stringData") or {}).keys())
    return secrets


def check_k8s(report, parsed):
    base = os.path.join(ROOT, "deploy/k8s/base")
    problems, listed = [], set()
    included = load_kustomization(base, parsed, problems, listed)
    for path in yaml_files(base):
        if path not in listed and not path.endswith(".template.yaml"):
            problems.append(f"{rel(path)} is neither listed in kustomization.yaml nor a *.template.yaml")
    kustomization = parsed.get(os.path.join(base, "kustomization.yaml"), [{}])[0] or {}
    if not kustomization.get("namespace"):
        problems.append("kustomization.yaml sets no namespace")
    report.check("k8s base: kustomization.yaml lists every manifest, templates stay out", problems)

    by_kind = {}
    for _, d in included:
        by_kind.setdefault(d["kind"], {})[d["metadata"]["name"]] = d
    secrets = templates(parsed)
    kafka_name = next(iter(by_kind.get("Kafka", {})), None)
    cluster_name = next(iter(by_kind.get("Cluster", {})), None)

    for name, port, db, short in SERVICES:
        problems = []
        dep = by_kind.get("Deployment", {}).get(name)
        cm = by_kind.get("ConfigMap", {}).get(f"{name}-config")
        svc = by_kind.get("Service", {}).get(name)
        if not dep or not cm or not svc:
            report.check(f"k8s {name}", [f"needs Deployment {name}, ConfigMap {name}-config and Service {name}"])
            continue
        pod = dep["spec"]["template"]
        container = pod["spec"]["containers"][0]
        data = {k: str(v) for k, v in (cm.get("data") or {}).items()}
        ports = {p.get("name"): p["containerPort"] for p in container.get("ports") or []}
        if port not in ports.values():
            problems.append(f"container port {sorted(ports.values())}, expected {port}")
        if not str(container.get("image", "")).split(":")[0].endswith("/" + name):
            problems.append(f"image {container.get('image')} is not .../{name}")

        names = set()
        for source in container.get("envFrom") or []:
            ref = (source.get("configMapRef") or {}).get("name")
            if ref == cm["metadata"]["name"]:
                names |= data.keys()
            elif ref:
                problems.append(f"envFrom names ConfigMap {ref}, which the base does not define")
            if source.get("secretRef"):
                problems.append("envFrom secretRef hides the environment names; use secretKeyRef")
        for e in container.get("env") or []:
            names.add(e["name"])
            ref = (e.get("valueFrom") or {}).get("secretKeyRef")
            if ref and ref.get("key") not in secrets.get(ref.get("name"), set()):
                problems.append(f"{e['name']} reads {ref.get('name')}/{ref.get('key')}, which no Secret template has")
            if e["name"] in SECRET_ENV and not ref:
                problems.append(f"{e['name']} does not come from a Secret")
        expected = env_names(name)
        if sorted(expected - names):
            problems.append(f"environment lacks {', '.join(sorted(expected - names))}")
        if sorted(names - expected - OPTIONAL_ENV):
            problems.append(f"unknown environment names {', '.join(sorted(names - expected - OPTIONAL_ENV))}")
        for secret_name in SECRET_ENV & data.keys():
            problems.append(f"{secret_name} is in the ConfigMap; it belongs in a Secret")
        if data.get("QUARKUS_HTTP_PORT") != str(port):
            problems.append(f"QUARKUS_HTTP_PORT={data.get('QUARKUS_HTTP_PORT')}, expected {port}")
        if data.get("QUARKUS_PROFILE") != "prod":
            problems.append("QUARKUS_PROFILE is not prod")
        m = re.fullmatch(r"jdbc:postgresql://([\w.-]+):(\d+)/(\w+)(\?.*)?", data.get("POLKU_DB_URL", ""))
        if not m or m.group(3) != db or m.group(1) != f"{cluster_name}-rw":
            problems.append(f"POLKU_DB_URL={data.get('POLKU_DB_URL')}, expected database {db} on {cluster_name}-rw")
        if data.get("KAFKA_BOOTSTRAP_SERVERS") != f"{kafka_name}-kafka-bootstrap:9092":
            problems.append(f"KAFKA_BOOTSTRAP_SERVERS={data.get('KAFKA_BOOTSTRAP_SERVERS')}, "
                            f"expected {kafka_name}-kafka-bootstrap:9092")

        def probe_ok(probe, path):
            get = (container.get(probe) or {}).get("httpGet") or {}
            target = get.get("port")
            return get.get("path") == path and (target == port or ports.get(target) == port)
        if not probe_ok("readinessProbe", "/q/health/ready"):
            problems.append("readinessProbe is not GET /q/health/ready on the service port")
        if not probe_ok("livenessProbe", "/q/health/live"):
            problems.append("livenessProbe is not GET /q/health/live on the service port")
        if not container.get("startupProbe"):
            problems.append("no startupProbe")

        resources = container.get("resources") or {}
        request = mebibytes((resources.get("requests") or {}).get("memory"))
        limit = mebibytes((resources.get("limits") or {}).get("memory"))
        if request is None or limit is None or not 128 <= request <= limit <= 1024:
            problems.append("memory requests/limits missing or out of proportion")

        pod_sc = pod["spec"].get("securityContext") or {}
        sc = container.get("securityContext") or {}
        if not (sc.get("runAsNonRoot") or pod_sc.get("runAsNonRoot")):
            problems.append("runAsNonRoot is not set")
        if sc.get("readOnlyRootFilesystem") is not True:
            problems.append("readOnlyRootFilesystem is not true")
        if sc.get("allowPrivilegeEscalation") is not False:
            problems.append("allowPrivilegeEscalation is not false")
        volumes = {v["name"]: v for v in pod["spec"].get("volumes") or []}
        mounts = {m["mountPath"]: volumes.get(m["name"], {}) for m in container.get("volumeMounts") or []}
        if sc.get("readOnlyRootFilesystem") and "emptyDir" not in mounts.get("/tmp", {}):
            problems.append("the root file system is read-only but /tmp is no emptyDir")
        key_location = data.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "")
        if not key_location.startswith(("http://", "https://")):
            key_dir = os.path.dirname(key_location.removeprefix("file:"))
            secret_volume = mounts.get(key_dir, {}).get("secret", {}).get("secretName")
            if not secret_volume:
                problems.append(f"MP_JWT_VERIFY_PUBLICKEY_LOCATION={key_location} is not in a mounted Secret")
            elif os.path.basename(key_location) not in secrets.get(secret_volume, set()):
                problems.append(f"Secret {secret_volume} has no template with key {os.path.basename(key_location)}")

        selector = svc["spec"].get("selector") or {}
        labels = pod["metadata"].get("labels") or {}
        if not selector or any(labels.get(k) != v for k, v in selector.items()):
            problems.append("the Service selector does not match the pod labels")
        if not any(p.get("port") == port and (p.get("targetPort") == port or ports.get(p.get("targetPort")) == port)
                   for p in svc["spec"].get("ports") or []):
            problems.append(f"the Service does not forward port {port} to the container")
        report.check(f"k8s {name}: port {port}, environment, probes, resources, security, Service", problems)

    # Kafka
    problems = []
    kafka = by_kind.get("Kafka", {}).get(kafka_name) if kafka_name else None
    if not kafka:
        problems.append("no Strimzi Kafka resource")
    else:
        if kafka["apiVersion"] != "kafka.strimzi.io/v1beta2":
            problems.append(f"Kafka apiVersion {kafka['apiVersion']}")
        if (kafka["spec"].get("zookeeper")):
            problems.append("Kafka uses ZooKeeper")
        if not any(l.get("port") == 9092 and not l.get("tls") for l in kafka["spec"]["kafka"].get("listeners", [])):
            problems.append("no plain listener on 9092, which the ConfigMaps use")
        pools = [p for p in by_kind.get("KafkaNodePool", {}).values()
                 if (p["metadata"].get("labels") or {}).get("strimzi.io/cluster") == kafka_name]
        roles = {r for p in pools for r in p["spec"].get("roles", [])}
        if not {"controller", "broker"} <= roles:
            problems.append("no KafkaNodePool gives the cluster KRaft controllers and brokers")
    report.check("k8s Kafka: Strimzi v1beta2, KRaft node pool, plain listener", problems)

    problems = []
    topics = {}
    for d in by_kind.get("KafkaTopic", {}).values():
        topic = (d.get("spec") or {}).get("topicName") or d["metadata"]["name"]
        topics[topic] = d
        if (d["metadata"].get("labels") or {}).get("strimzi.io/cluster") != kafka_name:
            problems.append(f"KafkaTopic {topic} is not labelled strimzi.io/cluster: {kafka_name}")
        if not d["spec"].get("partitions") or not d["spec"].get("replicas"):
            problems.append(f"KafkaTopic {topic} has no partitions or replicas")
    for topic in TOPICS:
        if topic not in topics:
            problems.append(f"no KafkaTopic for {topic}")
    for topic in sorted(set(topics) - set(TOPICS)):
        problems.append(f"KafkaTopic {topic} is not a topic of the code")
    retention = (topics.get(AUDIT_TOPIC, {}).get("spec", {}).get("config") or {}).get("retention.ms")
    if retention is not None and not (int(retention) == -1 or int(retention) >= 365 * 24 * 3600 * 1000):
        problems.append(f"{AUDIT_TOPIC} keeps records only {retention} ms")
    report.check(f"k8s topics: a KafkaTopic for each of the {len(TOPICS)} topics, audit kept long", problems)

    # PostgreSQL
    problems = []
    cluster = by_kind.get("Cluster", {}).get(cluster_name) if cluster_name else None
    if not cluster:
        problems.append("no CloudNativePG Cluster")
    else:
        if cluster["apiVersion"] != "postgresql.cnpg.io/v1":
            problems.append(f"Cluster apiVersion {cluster['apiVersion']}")
        initdb = (cluster["spec"].get("bootstrap") or {}).get("initdb") or {}
        owners = {initdb.get("database"): initdb.get("owner")}
        if initdb.get("secret", {}).get("name") and initdb["secret"]["name"] not in secrets:
            problems.append(f"initdb secret {initdb['secret']['name']} has no template")
        for d in by_kind.get("Database", {}).values():
            if d["apiVersion"] != "postgresql.cnpg.io/v1" or d["spec"].get("cluster", {}).get("name") != cluster_name:
                problems.append(f"Database {d['metadata']['name']} is not of Cluster {cluster_name}")
            owners[d["spec"].get("name")] = d["spec"].get("owner")
        roles = {r["name"]: r for r in (cluster["spec"].get("managed") or {}).get("roles", [])}
        for r in roles.values():
            secret_name = (r.get("passwordSecret") or {}).get("name")
            if secret_name and secret_name not in secrets:
                problems.append(f"role {r['name']}: Secret {secret_name} has no template")
        for name, _, db, short in SERVICES:
            if db not in owners:
                problems.append(f"database {db} is not created")
                continue
            owner = owners[db]
            if owner != initdb.get("owner") and owner not in roles:
                problems.append(f"owner {owner} of {db} is neither the initdb owner nor a managed role")
            if owner != db:
                problems.append(f"database {db} is owned by {owner}, not by its service's role {db}")
        hba = ((cluster["spec"].get("postgresql") or {}).get("pg_hba")) or []
        rejects = [i for i, line in enumerate(hba) if line.split()[-1] == "reject"]
        for _, _, db, _ in SERVICES:
            allow = [i for i, line in enumerate(hba) if line.split()[1:3] == [db, owners.get(db)]]
            if rejects and (not allow or allow[0] > rejects[0]):
                problems.append(f"pg_hba rejects {owners.get(db)} before allowing it into {db}")
    report.check("k8s PostgreSQL: CloudNativePG cluster with the five databases, one owner role each", problems)

    # The services' database Secrets name the role that owns their database.
    problems = []
    for name, _, db, short in SERVICES:
        path = os.path.join(base, name, "secret.template.yaml")
        docs = parsed.get(path, [])
        db_secret = next((d for d in docs if d and d["metadata"]["name"] == f"polku-db-{short}"), None)
        if not db_secret:
            problems.append(f"{rel(path)} lacks Secret polku-db-{short}")
        elif (db_secret.get("stringData") or {}).get("username") != db:
            problems.append(f"polku-db-{short} username is not {db}")
        elif db_secret.get("type") != "kubernetes.io/basic-auth":
            problems.append(f"polku-db-{short} is not kubernetes.io/basic-auth, as CloudNativePG needs")
    report.check("k8s Secret templates: one database login per service, named as its role", problems)


def check_secrets(report, parsed):
    problems = []
    for path, docs in parsed.items():
        for d in docs:
            if not isinstance(d, dict) or d.get("kind") != "Secret":
                continue
            where = f"{rel(path)} {d.get('metadata', {}).get('name')}"
            if not path.endswith(".template.yaml"):
                problems.append(f"{where}: a Secret outside a *.template.yaml")
            if d.get("data"):
                problems.append(f"{where}: uses data (base64); templates use stringData placeholders")
            for key, value in (d.get("stringData") or {}).items():
                if key != "username" and PLACEHOLDER not in str(value):
                    problems.append(f"{where}: {key} is not a {PLACEHOLDER} placeholder")
    report.check(f"Secrets under deploy/ are templates holding {PLACEHOLDER} placeholders only", problems)


def check_debezium(report, parsed):
    directory = os.path.join(ROOT, "deploy/k8s/debezium")
    if not os.path.isdir(directory):
        report.skip("k8s debezium example", "deploy/k8s/debezium is absent")
        return
    problems = []
    docs = load_kustomization(directory, parsed, problems)
    base_kustomization = parsed.get(os.path.join(ROOT, "deploy/k8s/base/kustomization.yaml"), [{}])[0] or {}
    if any("debezium" in str(r) for r in base_kustomization.get("resources") or []):
        problems.append("the base includes the Debezium example")
    connectors = [d for _, d in docs if d.get("kind") == "KafkaConnector"]
    if not connectors:
        problems.append("no KafkaConnector")
    dbs = {db for _, _, db, _ in SERVICES}
    for c in connectors:
        spec, config = c["spec"], c["spec"].get("config") or {}
        if spec.get("state") != "stopped":
            problems.append(f"{c['metadata']['name']} is not stopped by default")
        routers = [t for t in str(config.get("transforms", "")).split(",")
                   if config.get(f"transforms.{t.strip()}.type") == "io.debezium.transforms.outbox.EventRouter"]
        if not routers:
            problems.append(f"{c['metadata']['name']} has no outbox EventRouter")
        for t in routers:
            want = {"route.by.field": "aggregatetype", "route.topic.replacement": "${routedByValue}",
                    "table.field.event.key": "aggregateid", "table.field.event.payload": "payload"}
            for key, value in want.items():
                if config.get(f"transforms.{t.strip()}.{key}") != value:
                    problems.append(f"{c['metadata']['name']}: transforms.{t.strip()}.{key} is not {value}")
        if "outbox_event" not in str(config.get("table.include.list", "")):
            problems.append(f"{c['metadata']['name']} does not capture outbox_event")
        if config.get("database.dbname") not in dbs:
            problems.append(f"{c['metadata']['name']} reads database {config.get('database.dbname')}")
    report.check("k8s debezium example: outbox EventRouter connector, stopped, outside the base", problems)


def check_kustomize_build(report, parsed):
    if shutil.which("kubectl"):
        command = ["kubectl", "kustomize"]
    elif shutil.which("kustomize"):
        command = ["kustomize", "build"]
    else:
        report.skip("kustomize build", "neither kubectl nor kustomize is installed")
        return
    for directory in ("deploy/k8s/base", "deploy/k8s/debezium"):
        if not os.path.isdir(os.path.join(ROOT, directory)):
            continue
        problems = []
        run = subprocess.run(command + [os.path.join(ROOT, directory)], capture_output=True, text=True)
        if run.returncode != 0:
            problems.append(run.stderr.strip().splitlines()[-1] if run.stderr.strip() else "failed")
        else:
            built = [d for d in (_pyyaml.safe_load_all(run.stdout) if _pyyaml
                                 else subset_load_all(run.stdout, directory + " (built)")) if d]
            expected = load_kustomization(os.path.join(ROOT, directory), parsed, [])
            if len(built) != len(expected):
                problems.append(f"built {len(built)} resources, the files hold {len(expected)}")
            namespaced = [d for d in built if d["kind"] != "Namespace" and not d["metadata"].get("namespace")]
            if namespaced:
                problems.append(f"{len(namespaced)} resources without a namespace")
        report.check(f"{' '.join(command)} {directory} builds, every resource in a namespace", problems)


def check_code_in_step(report):
    """Where the code already exists, checks that it still uses the names this directory was written for."""
    topics_java = os.path.join(ROOT, "libs/platform/src/main/java/fi/polku/platform/events/Topics.java")
    if os.path.isfile(topics_java):
        with open(topics_java, encoding="utf-8") as f:
            text = f.read()
        problems = [f"Topics.java has {t}, unknown here" for t in re.findall(r'"(polku\.[\w.-]+)"', text)
                    if t not in TOPICS and t != "polku.dlq."]
        report.check("code: libs/platform Topics.java names only the topics checked here", problems)
    else:
        report.skip("code: Topics.java", "not written yet")

    config = os.path.join(ROOT, "libs/platform/src/main/resources/META-INF/microprofile-config.properties")
    if os.path.isfile(config):
        with open(config, encoding="utf-8") as f:
            text = f.read()
        used = set(re.findall(r"\$\{([A-Z][A-Z0-9_]*)", text))
        problems = [f"the platform config no longer reads {n}" for n in
                    ("POLKU_DB_URL", "POLKU_DB_USER", "POLKU_DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS",
                     "POLKU_JWT_ISSUER") if n not in used]
        if "dev-keys/jwt-public.pem" in text and not os.path.isfile(os.path.join(ROOT, DEV_KEY)):
            problems.append(f"{DEV_KEY} is missing")
        report.check("code: the platform config reads the environment names used here", problems)
    else:
        report.skip("code: platform config", "not written yet")

    problems, found = [], 0
    for name, port, _, _ in SERVICES:
        props = os.path.join(ROOT, "services", name, "src/main/resources/application.properties")
        if not os.path.isfile(props):
            continue
        with open(props, encoding="utf-8") as f:
            for line in f:
                # An environment variable read without a default must be set by compose and Kubernetes.
                if not line.lstrip().startswith(("#", "%")):
                    for required in re.findall(r"\$\{([A-Z][A-Z0-9_]*)\}", line):
                        if required not in env_names(name) | OPTIONAL_ENV:
                            problems.append(f"{name} requires {required}, which compose and deploy/ do not set")
                m = re.match(r"\s*quarkus\.http\.port\s*=\s*(.*)", line)
                if m:
                    found += 1
                    digits = re.findall(r"\d{4,5}", m.group(1))
                    if digits and digits[-1] != str(port):
                        problems.append(f"{name} sets quarkus.http.port {m.group(1).strip()}, expected {port}")
    if found:
        report.check("code: the services' quarkus.http.port and required environment agree", problems)
    else:
        report.skip("code: quarkus.http.port", "no service sets it yet")


def main():
    os.chdir(ROOT)
    print(f"Checking docker-compose.yml, services/*/src/main/docker/Dockerfile.jvm and deploy/ in {ROOT}")
    if _pyyaml is not None:
        print(f"YAML: PyYAML {_pyyaml.__version__}, cross-checked with the built-in fallback parser")
    else:
        print("YAML: PyYAML is not installed; using the built-in strict parser for the YAML subset of these files")
    report = Report()
    files = [os.path.join(ROOT, "docker-compose.yml")] + yaml_files(os.path.join(ROOT, "deploy"))
    parsed = check_parse(report, [f for f in files if os.path.isfile(f)])
    for check in (check_dockerfiles, check_compose, check_k8s, check_secrets, check_debezium,
                  check_kustomize_build, check_code_in_step):
        try:
            check(report) if check in (check_dockerfiles, check_code_in_step) else check(report, parsed)
        except Exception as e:  # noqa: BLE001 - a malformed manifest must fail the run, not crash it
            report.check(check.__name__, [f"stopped on {type(e).__name__}: {e}"])
    print(f"validate: {report.passed} passed, {report.failed} failed, {report.skipped} skipped")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
