"""Command line: `trainer init | build | serve [--class] | verify | new | dist`
(also `python -m site_builder`). Inside a course folder no command needs flags: the course
is the nearest course.yaml above the current folder, its site goes to site/ beside it."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from .build import ROOT, BuildError, build_site
from .content import load_course
from .packages import PackageError
from .source import ContentError
from .workspace import NoCourse, check_site, default_dist, default_site, find_course, is_bundled


def _places(args: argparse.Namespace) -> int:
    """Fill in --content and --site (and --output) left out; 0, or 1 with a message."""
    try:
        if getattr(args, "content", None) is None:
            args.content = find_course()
        if hasattr(args, "site"):
            if args.site is None:
                args.site = default_site(args.content)
            check_site(args.content, args.site)
        if hasattr(args, "output") and args.output is None and args.command == "dist":
            args.output = default_dist(args.content)
    except NoCourse as error:
        print(error, file=sys.stderr)
        return 1
    return 0


def _port_busy(args: argparse.Namespace, error: OSError) -> int:
    import errno

    if error.errno == errno.EADDRINUSE:
        print(
            f"порт {args.port} занят (может быть, trainer serve уже запущен в другом окне): "
            f"trainer serve --port {args.port + 1}",
            file=sys.stderr,
        )
    else:
        print(f"cannot serve on {args.host}:{args.port}: {error}", file=sys.stderr)
    return 1


def _print_problems(error: ContentError) -> None:
    for problem in error.problems:
        print(problem, file=sys.stderr)
    count = len(error.problems)
    print(
        f"{count} problem{'s' if count != 1 else ''} in content; nothing was built.",
        file=sys.stderr,
    )


def cmd_build(args: argparse.Namespace) -> int:
    if _places(args):
        return 1
    try:
        result = build_site(args.content, args.site, lang=args.lang)
    except ContentError as error:
        _print_problems(error)
        return 1
    except BuildError as error:
        print(f"build failed: {error}", file=sys.stderr)
        return 1
    tasks = len(result.course.tasks)
    print(f"built {tasks} tasks into {result.site} in {result.seconds:.1f} s")
    return 0


def _live_builder(args: argparse.Namespace):
    import time

    from .live import LiveBuilder

    seen: dict[str, float] = {}  # task id -> its file's mtime at the last good build
    since = time.time()  # the first build was cmd_build's: tasks saved after it are edited

    def build() -> list[str]:
        try:
            result = build_site(args.content, args.site, lang=args.lang)
        except ContentError as error:
            return [str(problem) for problem in error.problems]
        except BuildError as error:
            return [f"build failed: {error}"]
        changed = []
        for task in result.course.tasks:
            mtime = task.source.path.stat().st_mtime
            if seen.get(task.id, since) < mtime:
                changed.append(task.id)
            seen[task.id] = mtime
        if changed:
            _verify_changed(args.content, changed)
        return []

    folders = [args.content]
    if is_bundled(args.content):  # the engine's developers edit the engine too
        folders += [ROOT / "web", ROOT / "checker", Path(__file__).parent]
    return LiveBuilder([f for f in folders if f.is_dir()], build, ignore=[args.site])


def _verify_changed(content: Path, task_ids: list[str]) -> None:
    """After a rebuild, run the edited tasks' solutions (CPython, no mutants: quick), in a
    process of their own: a solution may loop, and time limits need a main thread."""
    import subprocess

    selection = [a for task_id in task_ids for a in ("--task", task_id)]
    done = subprocess.run(
        [sys.executable, "-m", "site_builder", "verify", "--content", str(content),
         *selection, "--no-pyodide", "--no-mutants", "--jobs", "1"],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )  # fmt: skip
    print(done.stdout.rstrip() or done.stderr.rstrip())
    if done.returncode == 0:
        print("solutions checked (in CPython; `trainer verify` checks in Pyodide too)")


def cmd_serve(args: argparse.Namespace) -> int:
    from .serve import lan_addresses, make_server

    if _places(args):
        return 1
    if args.classroom:
        if args.watch:
            print("--class and --watch cannot be combined", file=sys.stderr)
            return 2
        return cmd_class(args)
    args.host = args.host or "127.0.0.1"
    first_build = cmd_build(args) if not args.no_build else 0
    if first_build != 0 and not (args.watch and args.site.joinpath("index.html").is_file()):
        return 1
    live = None
    if args.watch:
        from .live import make_live_handler

        live = _live_builder(args)
        try:
            server = make_server(args.site, args.host, args.port, handler=make_live_handler(live))
        except OSError as error:
            return _port_busy(args, error)
        live.start()
        print(f"watching {args.content}: saved changes rebuild the site")
    else:
        try:
            server = make_server(args.site, args.host, args.port)
        except OSError as error:
            return _port_busy(args, error)
    server.verbose = args.verbose
    port = server.server_address[1]
    print(f"serving {args.site} at http://127.0.0.1:{port}/ (Ctrl+C to stop)")
    if args.host in ("0.0.0.0", ""):
        for address in lan_addresses():
            print(f"  students on this network open: http://{address}:{port}/")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print()
    finally:
        if live is not None:
            live.stop()
        server.server_close()
    return 0


def cmd_class(args: argparse.Namespace) -> int:
    """`trainer serve --class`: the site for learners on the LAN, and the teacher's page."""
    from . import classroom

    if not args.no_build and cmd_build(args) != 0:
        return 1
    try:
        host = args.host or "0.0.0.0"
        server = classroom.make_class_server(args.site, host, args.port, args.data)
    except classroom.NotASite as error:
        print(f"{error}: build it first (`trainer build`)", file=sys.stderr)
        return 1
    except OSError as error:
        return _port_busy(args, error)
    server.verbose = args.verbose
    print(classroom.banner(server), flush=True)
    classroom.serve(server)
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from .scaffold import ScaffoldError, new_task

    if _places(args):
        return 1
    try:
        path = new_task(args.content, args.module, args.id)
    except ScaffoldError as error:
        print(f"cannot create the task: {error}", file=sys.stderr)
        return 1
    print(f"created {path} and listed '{args.id}' last in {args.module}/module.yaml")
    print(
        f"edit it, check it with `trainer verify --task {args.id}` and look at it with "
        "`trainer serve --watch`"
    )
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    from .scaffold import EXAMPLE_MODULE, EXAMPLE_TASK, ScaffoldError, init_course

    try:
        folder = init_course(args.folder, args.title)
    except ScaffoldError as error:
        print(f"cannot create the course: {error}", file=sys.stderr)
        return 1
    print(f"created the course in {folder}: course.yaml, {EXAMPLE_MODULE}/{EXAMPLE_TASK}.yaml")
    print("next:")
    print(f"  cd {args.folder}")
    print("  trainer serve --watch     # the site at http://127.0.0.1:8000, rebuilt on save")
    print(f"  trainer new {EXAMPLE_MODULE} my-task")
    print("  trainer verify            # prove every task before learners see it")
    return 0


def cmd_dist(args: argparse.Namespace) -> int:
    from .dist import make_dist

    if _places(args):
        return 1
    if not args.no_build and cmd_build(args) != 0:
        return 1
    try:
        target = make_dist(args.site, args.output)
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 1
    size = target.stat().st_size / 1_000_000
    print(f"wrote {target} ({size:.0f} MB): unzip anywhere, then `python3 classroom.py` in it")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from .verify import PyodideUnavailable, format_table, verify_course, verify_in_pyodide

    if _places(args):
        return 1
    try:
        course = load_course(args.content)
    except ContentError as error:
        _print_problems(error)
        return 1
    known_modules = [m.id for m in course.modules]
    known_tasks = [t.id for t in course.tasks]
    unknown = [m for m in args.module or () if m not in known_modules]
    unknown += [t for t in args.task or () if t not in known_tasks]
    if unknown:
        print(
            f"no module or task {', '.join(unknown)} in {args.content}; "
            f"modules: {', '.join(known_modules)}",
            file=sys.stderr,
        )
        return 1
    tasks = course.tasks
    if args.module or args.task:  # the tasks of these modules, and these tasks
        tasks = [t for t in tasks if t.module in (args.module or ()) or t.id in (args.task or ())]
    note = None
    try:
        reports = verify_course(course, jobs=args.jobs, mutants=args.mutants, tasks=tasks)
        if args.pyodide:
            try:
                verify_in_pyodide(course, reports, ROOT, tasks)
            except PyodideUnavailable as error:
                note = (
                    f"note: not verified in Pyodide (the browser's Python): {error}; "
                    "the results below are CPython's"
                )
    except PackageError as error:
        print(f"cannot prepare the tasks' libraries: {error}", file=sys.stderr)
        return 1
    said = (
        args.said
        if args.said is not None
        else not (is_bundled(args.content) and not (args.module or args.task))
    )
    print(format_table(reports, tasks, strict=args.strict, said=said))
    if note:
        print(note, file=sys.stderr)
    failed = any(not r.ok or (args.strict and r.survived) for r in reports)
    return 1 if failed else 0


def cmd_engine(args: argparse.Namespace) -> int:
    """Prebuild the engine into site_builder/engine/ for the wheel (engine developers)."""
    from .engine import ENGINE_DIR, make_engine

    try:
        engine = make_engine(args.output or ENGINE_DIR)
    except BuildError as error:
        print(f"cannot make the engine: {error}", file=sys.stderr)
        return 1
    size = sum(p.stat().st_size for p in engine.folder.rglob("*") if p.is_file()) / 1e6
    print(
        f"engine in {engine.folder} ({size:.0f} MB): Pyodide {engine.pyodide_version}, "
        f"checker {engine.checker_version}"
    )
    return 0


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="trainer", description=__doc__)
    main.add_argument("-v", "--verbose", action="store_true", help="log each request / step")
    sub = main.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--content",
            type=Path,
            default=None,
            help="course folder (default: the nearest course.yaml above the current folder)",
        )
        p.add_argument(
            "--site", type=Path, default=None, help="output folder (default: site/ beside it)"
        )
        p.add_argument("--lang", default="ru", choices=("ru", "en"), help="language of the UI")

    init = sub.add_parser("init", help="start your own course in a new folder")
    init.add_argument("folder", type=Path, help="the new course folder, e.g. my-course")
    init.add_argument("--title", default=None, help="the course's title (the site's name)")
    init.set_defaults(func=cmd_init)

    build = sub.add_parser("build", help="validate content and build the static site")
    common(build)
    build.set_defaults(func=cmd_build)

    serve = sub.add_parser("serve", help="build, then serve the site over HTTP")
    common(serve)
    serve.add_argument(
        "--host",
        default=None,
        help="0.0.0.0 to serve a classroom LAN (default 127.0.0.1; with --class 0.0.0.0)",
    )
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--no-build", action="store_true", help="serve the existing site as is")
    serve.add_argument(
        "--watch", action="store_true", help="rebuild on every saved change (for authors)"
    )
    serve.add_argument(
        "--class",
        dest="classroom",
        action="store_true",
        help="serve a class on the LAN: learners' results go to the teacher's page "
        "(docs/classroom.md)",
    )
    serve.add_argument(
        "--data",
        type=Path,
        default=None,
        help="with --class: the class folder (database, teacher token); "
        "default ~/.python-trainer-class",
    )
    serve.set_defaults(func=cmd_serve)

    verify = sub.add_parser("verify", help="run every task's solutions through the checker")
    common(verify)
    verify.add_argument("--jobs", type=int, default=None, help="parallel processes")
    verify.add_argument(
        "--no-pyodide",
        dest="pyodide",
        action="store_false",
        help="skip re-running the reference solutions in Pyodide (the browser's Python)",
    )
    verify.add_argument(
        "--mutants",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="plant small bugs in each reference solution and report those the tests miss",
    )
    verify.add_argument(
        "--strict", action="store_true", help="fail when a task's tests let a mutant pass"
    )
    verify.add_argument("--module", action="append", help="only this module's tasks (repeatable)")
    verify.add_argument("--task", action="append", help="only this task, by id (repeatable)")
    verify.add_argument(
        "--said",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show what the learner is told for each wrong solution (default: on, except "
        "for the whole bundled course)",
    )
    verify.set_defaults(func=cmd_verify)

    new = sub.add_parser("new", help="create a task file from the template in a module")
    new.add_argument("module", help="module folder, e.g. basics")
    new.add_argument("id", help="the new task's id, e.g. sum-of-three")
    new.add_argument(
        "--content",
        type=Path,
        default=None,
        help="course folder (default: the nearest course.yaml above the current folder)",
    )
    new.set_defaults(func=cmd_new)

    dist = sub.add_parser("dist", help="build, then zip the site for copying to a classroom")
    common(dist)
    dist.add_argument(
        "--output", type=Path, default=None, help="default dist/python-trainer.zip beside it"
    )
    dist.add_argument("--no-build", action="store_true", help="zip the existing site as is")
    dist.set_defaults(func=cmd_dist)

    engine = sub.add_parser(
        "engine",
        help="(engine developers) prebuild the browser bundle and Pyodide into the package",
    )
    engine.add_argument("--output", type=Path, default=None, help="default site_builder/engine")
    engine.set_defaults(func=cmd_engine)
    return main


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s"
    )
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
