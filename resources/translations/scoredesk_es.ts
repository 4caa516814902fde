<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>score-desk</name>
    <message>
        <source>SCORE Desk — factory visits, checklists, plans and KPIs.</source>
        <translation>SCORE Desk: visitas a fábricas, listas de verificación, planes y KPI.</translation>
    </message>
    <message>
        <source>Workspace file to open.</source>
        <translation>Archivo del espacio de trabajo que se abrirá.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>View to show: enterprises, visit, checklist, plan, kpis, sync, reports.</source>
        <translation>Vista que se mostrará: enterprises, visit, checklist, plan, kpis, sync, reports.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>OUT.png</source>
        <translation>SALIDA.png</translation>
    </message>
    <message>
        <source>Work as counsellor, manager or trainer.</source>
        <translation>Trabajar como asesor (counsellor), gerente (manager) o formador (trainer).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>A workspace or a bundle to open.</source>
        <translation>Un espacio de trabajo o un paquete que se abrirá.</translation>
    </message>
    <message>
        <source>--screenshot needs --db FILE.</source>
        <translation>--screenshot requiere --db ARCHIVO.</translation>
    </message>
    <message>
        <source>Language for this run: en, vi, es or id (default: the setting, else the system&apos;s).</source>
        <translation>Idioma para esta ejecución: en, vi, es o id (predeterminado: el de la configuración o, si no hay, el del sistema).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>Render the view to a PNG and exit.</source>
        <translation>Genera una imagen PNG de la vista y sale.</translation>
    </message>
    <message>
        <source>Size of the window in the screenshot (default: 1280x800).</source>
        <translation>Tamaño de la ventana en la captura de pantalla (predeterminado: 1280x800).</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT</source>
        <translation>ANCHOxALTO</translation>
    </message>
    <message>
        <source>--screenshot-size takes a width and a height, such as 1024x600.</source>
        <translation>--screenshot-size requiere un ancho y un alto, por ejemplo 1024x600.</translation>
    </message>
</context>
<context>
    <name>score::ActionBoard</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;color:#6b7580&quot;&gt;%2&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&quot;color:#6b7580&quot;&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 actions (%2)</source>
        <translation>%1 acciones (%2)</translation>
    </message>
</context>
<context>
    <name>score::ActionBoardColumn</name>
    <message>
        <source>No actions.
Drop a card here to move it.</source>
        <translation>No hay acciones.
Suelte una tarjeta aquí para moverla.</translation>
    </message>
</context>
<context>
    <name>score::ActionCardDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <translation>Vencida · %1</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence el %1</translation>
    </message>
</context>
<context>
    <name>score::ActionDetail</name>
    <message>
        <source>Select an action in the plan to see and change its details.</source>
        <translation>Seleccione una acción del plan para ver y modificar sus detalles.</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Approve this action for the enterprise&apos;s plan</source>
        <translation>Aprobar esta acción para el plan de la empresa</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>&amp;Devolver…</translation>
    </message>
    <message>
        <source>Send the action back with a comment on what should change</source>
        <translation>Devolver la acción con un comentario sobre lo que debe cambiar</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Est. savings</source>
        <translation>Ahorro est.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Add e&amp;vidence…</source>
        <translation>Agregar e&amp;videncia…</translation>
    </message>
    <message>
        <source>Attach photos or documents that show the action&apos;s result</source>
        <translation>Adjuntar fotos o documentos que muestren el resultado de la acción</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nuevo comentario</translation>
    </message>
    <message>
        <source>Write a comment… (Ctrl+Enter to add)</source>
        <translation>Escriba un comentario… (Ctrl+Enter para agregarlo)</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>Agregar &amp;comentario</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sin responsable</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>responsable: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>overdue by 1 day</source>
        <translation>vencida hace 1 día</translation>
    </message>
    <message>
        <source>overdue by %1 days</source>
        <translation>vencida hace %1 días</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>completada el %1</translation>
    </message>
    <message>
        <source>the manager</source>
        <translation>el gerente</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved&lt;/b&gt; by %1 on %2.</source>
        <translation>&lt;b&gt;Aprobada&lt;/b&gt; por %1 el %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved&lt;/b&gt; by %1.</source>
        <translation>&lt;b&gt;Aprobada&lt;/b&gt; por %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Returned&lt;/b&gt; by %1 on %2 for rework.</source>
        <translation>&lt;b&gt;Devuelta&lt;/b&gt; por %1 el %2 para corregirla.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Returned&lt;/b&gt; by %1 for rework.</source>
        <translation>&lt;b&gt;Devuelta&lt;/b&gt; por %1 para corregirla.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for approval&lt;/b&gt; by the enterprise&apos;s manager.</source>
        <translation>&lt;b&gt;En espera de aprobación&lt;/b&gt; por el gerente de la empresa.</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>estimated savings</source>
        <translation>ahorro estimado</translation>
    </message>
    <message>
        <source>verified savings</source>
        <translation>ahorro verificado</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>Montos en %1</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Evidencia (%1)</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Aún no hay comentarios.</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Comentarios (%1)</translation>
    </message>
    <message>
        <source>Select an action first.</source>
        <translation>Seleccione primero una acción.</translation>
    </message>
    <message>
        <source>Write something before adding the comment.</source>
        <translation>Escriba algo antes de agregar el comentario.</translation>
    </message>
    <message>
        <source>Comment on “%1”</source>
        <translation>Comentario sobre “%1”</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Agregar evidencia</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.webp *.pdf *.docx *.xlsx);;All files (*)</source>
        <translation>Fotos y documentos (*.jpg *.jpeg *.png *.heic *.webp *.pdf *.docx *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add evidence to “%1”</source>
        <translation>Agregar evidencia a “%1”</translation>
    </message>
    <message>
        <source>The evidence could not be copied to %1 to open it.</source>
        <translation>No se pudo copiar la evidencia a %1 para abrirla.</translation>
    </message>
    <message>
        <source>Remove evidence “%1”</source>
        <translation>Quitar la evidencia “%1”</translation>
    </message>
</context>
<context>
    <name>score::ActionDialog</name>
    <message>
        <source>Action agreed at this visit</source>
        <translation>Acción acordada en esta visita</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Qué se hará</translation>
    </message>
    <message>
        <source>Finding it answers</source>
        <translation>Hallazgo al que responde</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Acción</translation>
    </message>
    <message>
        <source>&amp;Finding</source>
        <translation>&amp;Hallazgo</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>Fecha &amp;límite</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Prioridad</translation>
    </message>
    <message>
        <source>The action starts as proposed, waiting for the manager&apos;s approval.</source>
        <translation>La acción empieza como propuesta, en espera de la aprobación del gerente.</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Agregar acción</translation>
    </message>
    <message>
        <source>Discard this action? What you typed will be lost.</source>
        <translation>¿Descartar esta acción? Se perderá lo que escribió.</translation>
    </message>
</context>
<context>
    <name>score::ActionEdits</name>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Mover “%1” a %2</translation>
    </message>
    <message>
        <source>Approve “%1”</source>
        <translation>Aprobar “%1”</translation>
    </message>
    <message>
        <source>Say what should change before returning the action.</source>
        <translation>Indique qué debe cambiar antes de devolver la acción.</translation>
    </message>
    <message>
        <source>Return “%1”</source>
        <translation>Devolver “%1”</translation>
    </message>
    <message>
        <source>Choose an enterprise before adding an action to its plan.</source>
        <translation>Elija una empresa antes de agregar una acción a su plan.</translation>
    </message>
    <message>
        <source>Add action “%1”</source>
        <translation>Agregar la acción “%1”</translation>
    </message>
</context>
<context>
    <name>score::ActionTableModel</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>Vencida hace 1 día</translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation>Vencida hace %1 días</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>Área: %1</translation>
    </message>
    <message>
        <source>Before %1 · after %2</source>
        <translation>Antes: %1 · después: %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Est. savings</source>
        <translation>Ahorro est.</translation>
    </message>
    <message>
        <source>Verified savings</source>
        <translation>Ahorro verificado</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
</context>
<context>
    <name>score::AgreedActionsPanel</name>
    <message>
        <source>Actions agreed at this visit</source>
        <translation>Acciones acordadas en esta visita</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Agregar acción…</translation>
    </message>
    <message>
        <source>Record an action agreed with the enterprise (%1)</source>
        <translation>Registrar una acción acordada con la empresa (%1)</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Quitar acción</translation>
    </message>
    <message>
        <source>Remove the selected action (Delete)</source>
        <translation>Quitar la acción seleccionada (Supr)</translation>
    </message>
    <message>
        <source>Follow them up in the improvement plan.</source>
        <translation>Haga su seguimiento en el plan de mejora.</translation>
    </message>
    <message>
        <source>Remove action “%1”</source>
        <translation>Quitar la acción “%1”</translation>
    </message>
    <message>
        <source>Action removed; %1 brings it back.</source>
        <translation>Acción quitada; %1 la recupera.</translation>
    </message>
</context>
<context>
    <name>score::AppController</name>
    <message>
        <source>SCORE Desk</source>
        <translation>SCORE Desk</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Abrir un espacio de trabajo</translation>
    </message>
    <message>
        <source>SCORE Desk workspaces (*.scoredesk);;All files (*)</source>
        <translation>Espacios de trabajo de SCORE Desk (*.scoredesk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Preparando el espacio de trabajo de demostración…</translation>
    </message>
</context>
<context>
    <name>score::AttachmentListModel</name>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>unnamed file</source>
        <translation>archivo sin nombre</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Of the visit</source>
        <translation>De la visita</translation>
    </message>
    <message>
        <source>Of the finding “%1”</source>
        <translation>Del hallazgo “%1”</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>Editar leyenda</translation>
    </message>
</context>
<context>
    <name>score::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling; undoing what was started…</source>
        <translation>Cancelando; deshaciendo lo que se había iniciado…</translation>
    </message>
</context>
<context>
    <name>score::BackupModel</name>
    <message>
        <source>Before importing a bundle</source>
        <translation>Antes de importar un paquete</translation>
    </message>
    <message>
        <source>Before restoring a backup</source>
        <translation>Antes de restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Before upgrading the workspace from version %1</source>
        <translation>Antes de actualizar el espacio de trabajo desde la versión %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
</context>
<context>
    <name>score::Backups</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta de copias de seguridad %1.</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>No se pudo escribir la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>No se pudo escribir la copia de seguridad en %1.</translation>
    </message>
</context>
<context>
    <name>score::BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>SCORE Desk copies this workspace before every import, upgrade and restore, and keeps the %1 newest copies. If an import brought something you did not want, bring back the copy taken before it.</source>
        <translation>SCORE Desk copia este espacio de trabajo antes de cada importación, actualización y restauración, y conserva las %1 copias más recientes. Si una importación trajo algo que no deseaba, recupere la copia tomada antes de ella.</translation>
    </message>
    <message>
        <source>Result of the last restore</source>
        <translation>Resultado de la última restauración</translation>
    </message>
    <message>
        <source>No backup has been taken yet. The first one is made before the first import.</source>
        <translation>Aún no se ha hecho ninguna copia de seguridad. La primera se hace antes de la primera importación.</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Abrir la carpeta</translation>
    </message>
    <message>
        <source>Show the backup files in the file manager, to copy one to a USB stick for example.</source>
        <translation>Mostrar los archivos de copia de seguridad en el explorador de archivos, por ejemplo para copiar uno a una memoria USB.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Carpeta: %1</translation>
    </message>
    <message>
        <source>A restore cannot start while changes are being saved; try again in a moment.</source>
        <translation>No se puede iniciar una restauración mientras se guardan cambios; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The workspace is back as it was on %1. What it was just before is kept as the newest backup. This computer now works as a new device; colleagues will see it appear under that name with a new key.</source>
        <translation>El espacio de trabajo volvió al estado del %1. El estado inmediatamente anterior se conserva como la copia de seguridad más reciente. Este computador funciona ahora como un dispositivo nuevo; sus colegas lo verán aparecer con ese nombre y una clave nueva.</translation>
    </message>
</context>
<context>
    <name>score::BlobStore</name>
    <message>
        <source>The content of this attachment is not in the workspace.</source>
        <translation>El contenido de este adjunto no está en el espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>score::BuiltinContent</name>
    <message>
        <source>The template is for module %1, which this workspace does not have.</source>
        <translation>La plantilla es para el módulo %1, que este espacio de trabajo no tiene.</translation>
    </message>
</context>
<context>
    <name>score::BundleCipher</name>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>La frase de contraseña no puede estar vacía.</translation>
    </message>
    <message>
        <source>The bundle could not be read for encryption.</source>
        <translation>No se pudo leer el paquete para cifrarlo.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>No se puede escribir %1 (%2).</translation>
    </message>
    <message>
        <source>Not enough memory to protect the bundle with a passphrase.</source>
        <translation>No hay memoria suficiente para proteger el paquete con una frase de contraseña.</translation>
    </message>
    <message>
        <source>The encrypted bundle could not be written; is the disk full? (%1)</source>
        <translation>No se pudo escribir el paquete cifrado; ¿está lleno el disco? (%1)</translation>
    </message>
    <message>
        <source>The bundle cannot be read (%1).</source>
        <translation>No se puede leer el paquete (%1).</translation>
    </message>
    <message>
        <source>The bundle is damaged (its encryption header is incomplete).</source>
        <translation>El paquete está dañado (su encabezado de cifrado está incompleto).</translation>
    </message>
    <message>
        <source>The bundle is protected in a way this SCORE Desk does not know; update to read it.</source>
        <translation>El paquete está protegido de una forma que esta versión de SCORE Desk no conoce; actualice el programa para leerlo.</translation>
    </message>
    <message>
        <source>The bundle is damaged or hostile (its key parameters are out of range).</source>
        <translation>El paquete está dañado o es malicioso (los parámetros de su clave están fuera de rango).</translation>
    </message>
    <message>
        <source>This bundle is protected by a passphrase; give it to open the bundle.</source>
        <translation>Este paquete está protegido con una frase de contraseña; ingrésela para abrir el paquete.</translation>
    </message>
    <message>
        <source>Not enough memory to open the passphrase-protected bundle.</source>
        <translation>No hay memoria suficiente para abrir el paquete protegido con frase de contraseña.</translation>
    </message>
    <message>
        <source>The bundle is damaged (its encryption header is invalid).</source>
        <translation>El paquete está dañado (su encabezado de cifrado no es válido).</translation>
    </message>
    <message>
        <source>A temporary file cannot be written (%1).</source>
        <translation>No se puede escribir un archivo temporal (%1).</translation>
    </message>
    <message>
        <source>The bundle is incomplete: it was cut off while being copied.</source>
        <translation>El paquete está incompleto: se cortó mientras se copiaba.</translation>
    </message>
    <message>
        <source>The bundle is damaged (a block has an impossible size).</source>
        <translation>El paquete está dañado (un bloque tiene un tamaño imposible).</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the bundle is damaged.</source>
        <translation>La frase de contraseña es incorrecta o el paquete está dañado.</translation>
    </message>
    <message>
        <source>The bundle is damaged (a protected block does not verify).</source>
        <translation>El paquete está dañado (un bloque protegido no pasa la verificación).</translation>
    </message>
    <message>
        <source>The bundle is larger than SCORE Desk accepts.</source>
        <translation>El paquete es más grande de lo que SCORE Desk acepta.</translation>
    </message>
    <message>
        <source>A temporary file cannot be written; is the disk full?</source>
        <translation>No se puede escribir un archivo temporal; ¿está lleno el disco?</translation>
    </message>
    <message>
        <source>The bundle is damaged (it has data after its end).</source>
        <translation>El paquete está dañado (tiene datos después de su final).</translation>
    </message>
</context>
<context>
    <name>score::BundleExporter</name>
    <message>
        <source>A temporary file cannot be written (%1).</source>
        <translation>No se puede escribir un archivo temporal (%1).</translation>
    </message>
    <message>
        <source>The bundle could not be written; is the disk full? (%1)</source>
        <translation>No se pudo escribir el paquete; ¿está lleno el disco? (%1)</translation>
    </message>
    <message>
        <source>Say where to write the bundle.</source>
        <translation>Indique dónde escribir el paquete.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>There is no enterprise %1 in this workspace.</source>
        <translation>No existe la empresa %1 en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>There is no cohort %1 in this workspace.</source>
        <translation>No existe la cohorte %1 en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>A temporary folder cannot be created for the bundle.</source>
        <translation>No se puede crear una carpeta temporal para el paquete.</translation>
    </message>
    <message>
        <source>The export was cancelled; no bundle was written.</source>
        <translation>Se canceló la exportación; no se escribió ningún paquete.</translation>
    </message>
    <message>
        <source>An attachment&apos;s content is missing from this workspace (%1); run a check.</source>
        <translation>Falta en este espacio de trabajo el contenido de un adjunto (%1); ejecute una verificación.</translation>
    </message>
    <message>
        <source>The bundle could not be written; is the disk full?</source>
        <translation>No se pudo escribir el paquete; ¿está lleno el disco?</translation>
    </message>
    <message>
        <source>This device&apos;s signing key is damaged; the bundle cannot be signed.</source>
        <translation>La clave de firma de este dispositivo está dañada; no se puede firmar el paquete.</translation>
    </message>
</context>
<context>
    <name>score::BundleFormat</name>
    <message>
        <source>The bundle is damaged or not from SCORE Desk: %1.</source>
        <translation>El paquete está dañado o no es de SCORE Desk: %1.</translation>
    </message>
    <message>
        <source>its manifest is not valid JSON</source>
        <translation>su manifiesto no es un JSON válido</translation>
    </message>
    <message>
        <source>The file is not a SCORE Desk bundle.</source>
        <translation>El archivo no es un paquete de SCORE Desk.</translation>
    </message>
    <message>
        <source>its manifest has no format or schema version</source>
        <translation>su manifiesto no tiene versión de formato ni de esquema</translation>
    </message>
    <message>
        <source>This bundle was made by a newer SCORE Desk (%1); update to read it.</source>
        <translation>Este paquete se creó con una versión más reciente de SCORE Desk (%1); actualice el programa para leerlo.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>versión desconocida</translation>
    </message>
    <message>
        <source>its format version is invalid</source>
        <translation>su versión de formato no es válida</translation>
    </message>
    <message>
        <source>This bundle was made by an older SCORE Desk (%1) whose format is no longer read.</source>
        <translation>Este paquete se creó con una versión anterior de SCORE Desk (%1) cuyo formato ya no se puede leer.</translation>
    </message>
    <message>
        <source>its bundle id is invalid</source>
        <translation>su identificador de paquete no es válido</translation>
    </message>
    <message>
        <source>its creation time is invalid</source>
        <translation>su fecha de creación no es válida</translation>
    </message>
    <message>
        <source>its sender device id is invalid</source>
        <translation>el identificador del dispositivo remitente no es válido</translation>
    </message>
    <message>
        <source>its sender key is invalid</source>
        <translation>la clave del remitente no es válida</translation>
    </message>
    <message>
        <source>its scope is unknown</source>
        <translation>su alcance es desconocido</translation>
    </message>
    <message>
        <source>its scope lists invalid ids</source>
        <translation>su alcance incluye identificadores no válidos</translation>
    </message>
    <message>
        <source>its delta base is invalid</source>
        <translation>su base delta no es válida</translation>
    </message>
    <message>
        <source>its version vector is invalid</source>
        <translation>su vector de versiones no es válido</translation>
    </message>
    <message>
        <source>its device list is invalid</source>
        <translation>su lista de dispositivos no es válida</translation>
    </message>
    <message>
        <source>its record counts are invalid</source>
        <translation>sus conteos de registros no son válidos</translation>
    </message>
    <message>
        <source>its record count is invalid</source>
        <translation>su conteo de registros no es válido</translation>
    </message>
    <message>
        <source>its list of files is invalid</source>
        <translation>su lista de archivos no es válida</translation>
    </message>
    <message>
        <source>a record is too large</source>
        <translation>un registro es demasiado grande</translation>
    </message>
    <message>
        <source>a record line is not a JSON object</source>
        <translation>una línea de registro no es un objeto JSON</translation>
    </message>
    <message>
        <source>a record line is not valid JSON</source>
        <translation>una línea de registro no es un JSON válido</translation>
    </message>
    <message>
        <source>a record has no valid kind</source>
        <translation>un registro no tiene un tipo válido</translation>
    </message>
    <message>
        <source>a record has an unknown kind</source>
        <translation>un registro tiene un tipo desconocido</translation>
    </message>
    <message>
        <source>a record has an invalid id</source>
        <translation>un registro tiene un identificador no válido</translation>
    </message>
    <message>
        <source>a record has invalid change stamps</source>
        <translation>un registro tiene marcas de cambio no válidas</translation>
    </message>
    <message>
        <source>a record has an invalid version vector</source>
        <translation>un registro tiene un vector de versiones no válido</translation>
    </message>
    <message>
        <source>a record line is not in SCORE Desk&apos;s order</source>
        <translation>una línea de registro no está en el orden de SCORE Desk</translation>
    </message>
    <message>
        <source>%1 %2 has a field this SCORE Desk does not know</source>
        <translation>%1 %2 tiene un campo que esta versión de SCORE Desk no conoce</translation>
    </message>
    <message>
        <source>%1 %2 has a field twice</source>
        <translation>%1 %2 tiene un campo repetido</translation>
    </message>
    <message>
        <source>%1 %2 has a value of the wrong type in %3</source>
        <translation>%1 %2 tiene un valor de tipo incorrecto en %3</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>a record line has an unexpected part</source>
        <translation>una línea de registro tiene una parte inesperada</translation>
    </message>
    <message>
        <source>a record line has data after its end</source>
        <translation>una línea de registro tiene datos después de su final</translation>
    </message>
    <message>
        <source>a record line is incomplete</source>
        <translation>una línea de registro está incompleta</translation>
    </message>
    <message>
        <source>%1 %2 lacks the field %3</source>
        <translation>a %1 %2 le falta el campo %3</translation>
    </message>
    <message>
        <source>the change stamps of %1 %2 are invalid</source>
        <translation>las marcas de cambio de %1 %2 no son válidas</translation>
    </message>
    <message>
        <source>%1 %2 is stamped after the year 3000, a date no clock shows</source>
        <translation>%1 %2 lleva una marca de tiempo posterior al año 3000, una fecha que ningún reloj muestra</translation>
    </message>
    <message>
        <source>%1 %2 has text that is not valid UTF-8 in %3</source>
        <translation>%1 %2 tiene en %3 un texto que no es UTF-8 válido</translation>
    </message>
</context>
<context>
    <name>score::BundleImporter</name>
    <message>
        <source>This bundle claims to come from this very device but carries another key: it comes from a copy of this workspace or is forged. It was not imported.</source>
        <translation>Este paquete dice venir de este mismo dispositivo pero trae otra clave: proviene de una copia de este espacio de trabajo o está falsificado. No se importó.</translation>
    </message>
    <message>
        <source>This bundle was made by this workspace; importing it changes nothing.</source>
        <translation>Este paquete se creó en este espacio de trabajo; importarlo no cambia nada.</translation>
    </message>
    <message>
        <source>WARNING: the device &quot;%1&quot; signed this bundle with a different key (%2) than before (%3). It may be forged. Nothing was imported; if the device really was reinstalled, import again with --trust-new-key.</source>
        <translation>ADVERTENCIA: el dispositivo &quot;%1&quot; firmó este paquete con una clave diferente (%2) a la anterior (%3). Podría estar falsificado. No se importó nada; si el dispositivo realmente se reinstaló, vuelva a importar con --trust-new-key.</translation>
    </message>
    <message>
        <source>The device &quot;%1&quot; now signs with a new key (%2); you chose to trust it.</source>
        <translation>El dispositivo &quot;%1&quot; ahora firma con una clave nueva (%2); usted decidió confiar en ella.</translation>
    </message>
    <message>
        <source>a %1 refers to a missing %2</source>
        <translation>un registro de tipo «%1» hace referencia a un registro de tipo «%2» que no existe</translation>
    </message>
    <message>
        <source>The bundle refers to records it does not carry (%1 references, e.g. %2); nothing was imported.</source>
        <translation>El paquete hace referencia a registros que no contiene (%1 referencias, p. ej. %2); no se importó nada.</translation>
    </message>
    <message>
        <source>Nothing was imported because the workspace could not be backed up first: %1</source>
        <translation>No se importó nada porque no se pudo hacer antes una copia de seguridad del espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>The bundle lists a photo or document it does not carry (content %1), and this workspace does not have it either; nothing was imported.</source>
        <translation>El paquete incluye una foto o un documento que no contiene (contenido %1), y este espacio de trabajo tampoco lo tiene; no se importó nada.</translation>
    </message>
    <message>
        <source>This bundle would delete %1 of the %2 records in this workspace (%3%). Nothing was imported. If that is intended, import it again allowing mass deletion (--allow-mass-delete).</source>
        <translation>Este paquete eliminaría %1 de los %2 registros de este espacio de trabajo (%3%). No se importó nada. Si eso es lo que se pretende, vuelva a importarlo permitiendo la eliminación masiva (--allow-mass-delete).</translation>
    </message>
    <message>
        <source>The import could not be saved; the workspace is unchanged. %1</source>
        <translation>No se pudo guardar la importación; el espacio de trabajo no cambió. %1</translation>
    </message>
    <message>
        <source>%1 (relayed by &quot;%2&quot;)</source>
        <translation>%1 (reenviado por &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>The device &quot;%1&quot; dates its changes %2, more than a day after this computer&apos;s date (%3): its clock is wrong, or this one is. Nothing was imported. Set the right date on the wrong computer; a device whose clock was ahead then re-stamps its changes (scorectl restamp) and sends a new bundle.</source>
        <translation>El dispositivo &quot;%1&quot; fecha sus cambios el %2, más de un día después de la fecha de este ordenador (%3): su reloj está mal, o lo está el de este. No se importó nada. Ponga la fecha correcta en el ordenador equivocado; un dispositivo cuyo reloj iba adelantado vuelve entonces a sellar sus cambios (scorectl restamp) y envía un paquete nuevo.</translation>
    </message>
    <message>
        <source>The bundle carries photos or documents that no record refers to (%1, e.g. content %2), so it was refused and nothing was imported.</source>
        <translation>El paquete lleva fotos o documentos a los que ningún registro hace referencia (%1, p. ej. el contenido %2), así que se rechazó y no se importó nada.</translation>
    </message>
    <message>
        <source>The bundle carries a record that breaks the workspace&apos;s rules, so nothing was imported: %1</source>
        <translation>El paquete contiene un registro que incumple las reglas del espacio de trabajo, así que no se importó nada: %1</translation>
    </message>
    <message>
        <source>This bundle would delete %1 records, and the bundles from &quot;%2&quot; imported here in the last 24 hours (%3 of them) deleted %4: together %5 of the %6 records there were before them (%7%). Nothing was imported. If that is intended, import it again allowing mass deletion (--allow-mass-delete).</source>
        <translation>Este paquete eliminaría %1 registros, y los paquetes de &quot;%2&quot; importados aquí en las últimas 24 horas (%3 en total) eliminaron %4: en conjunto, %5 de los %6 registros que había antes de ellos (%7%). No se importó nada. Si eso es lo que se pretende, vuelva a importarlo permitiendo la eliminación masiva (--allow-mass-delete).</translation>
    </message>
</context>
<context>
    <name>score::BundleReader</name>
    <message>
        <source>There is no bundle at %1.</source>
        <translation>No hay ningún paquete en %1.</translation>
    </message>
    <message>
        <source>%1 is not a bundle file.</source>
        <translation>%1 no es un archivo de paquete.</translation>
    </message>
    <message>
        <source>The bundle is larger than SCORE Desk accepts.</source>
        <translation>El paquete es más grande de lo que SCORE Desk acepta.</translation>
    </message>
    <message>
        <source>A temporary folder cannot be created to open the protected bundle.</source>
        <translation>No se puede crear una carpeta temporal para abrir el paquete protegido.</translation>
    </message>
    <message>
        <source>The bundle contains an unexpected file (%1); it was refused.</source>
        <translation>El paquete contiene un archivo inesperado (%1); se rechazó.</translation>
    </message>
    <message>
        <source>The bundle contains %1 twice; it was refused.</source>
        <translation>El paquete contiene %1 dos veces; se rechazó.</translation>
    </message>
    <message>
        <source>The bundle uses ZIP encryption, which SCORE Desk never writes; it was refused.</source>
        <translation>El paquete usa cifrado ZIP, que SCORE Desk nunca escribe; se rechazó.</translation>
    </message>
    <message>
        <source>The bundle&apos;s %1 is larger than SCORE Desk accepts.</source>
        <translation>El %1 del paquete es más grande de lo que SCORE Desk acepta.</translation>
    </message>
    <message>
        <source>The bundle&apos;s %1 expands far more than real data can (a &quot;ZIP bomb&quot;); it was refused.</source>
        <translation>El %1 del paquete se expande mucho más de lo que pueden ocupar datos reales (una &quot;bomba ZIP&quot;); se rechazó.</translation>
    </message>
    <message>
        <source>The file is not a SCORE Desk bundle (it has no manifest).</source>
        <translation>El archivo no es un paquete de SCORE Desk (no tiene manifiesto).</translation>
    </message>
    <message>
        <source>The bundle is incomplete (its signature or its records are missing).</source>
        <translation>El paquete está incompleto (faltan su firma o sus registros).</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match its content: it was altered or damaged, and was refused.</source>
        <translation>La firma del paquete no coincide con su contenido: fue alterado o está dañado, y se rechazó.</translation>
    </message>
    <message>
        <source>The bundle is incomplete: %1 is listed but missing.</source>
        <translation>El paquete está incompleto: %1 figura en la lista, pero falta.</translation>
    </message>
    <message>
        <source>The bundle is damaged: %1 does not have its signed size.</source>
        <translation>El paquete está dañado: %1 no tiene el tamaño firmado.</translation>
    </message>
    <message>
        <source>The bundle contains %1, which its signed manifest does not list.</source>
        <translation>El paquete contiene %1, que su manifiesto firmado no incluye.</translation>
    </message>
    <message>
        <source>The bundle is damaged: its records are not listed in its manifest.</source>
        <translation>El paquete está dañado: sus registros no figuran en su manifiesto.</translation>
    </message>
    <message>
        <source>The bundle holds more records than its signed manifest says.</source>
        <translation>El paquete contiene más registros de los que indica su manifiesto firmado.</translation>
    </message>
    <message>
        <source>The bundle is damaged or hostile: a record is larger than allowed.</source>
        <translation>El paquete está dañado o es malicioso: un registro es más grande de lo permitido.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Se canceló la importación; no se cambió nada.</translation>
    </message>
    <message>
        <source>The bundle&apos;s records do not match its signed manifest: it was altered or damaged, and nothing was imported.</source>
        <translation>Los registros del paquete no coinciden con su manifiesto firmado: fue alterado o está dañado, y no se importó nada.</translation>
    </message>
    <message>
        <source>The bundle holds fewer records than its signed manifest says.</source>
        <translation>El paquete contiene menos registros de los que indica su manifiesto firmado.</translation>
    </message>
    <message>
        <source>An attachment in the bundle is damaged (its content does not match its hash); nothing was imported.</source>
        <translation>Un adjunto del paquete está dañado (su contenido no coincide con su hash); no se importó nada.</translation>
    </message>
</context>
<context>
    <name>score::ChecklistItemPanel</name>
    <message>
        <source>Checklist item</source>
        <translation>Ítem de la lista de verificación</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>Guidance for counsellors</source>
        <translation>Orientación para asesores</translation>
    </message>
    <message>
        <source>Previous answer</source>
        <translation>Respuesta anterior</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Un número</translation>
    </message>
    <message>
        <source>Type the number, then Enter to save it and go to the next item</source>
        <translation>Escriba el número y pulse Enter para guardarlo y pasar al ítem siguiente</translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation>Texto de la respuesta</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>What you saw, the evidence, who you spoke to…</source>
        <translation>Lo que vio, la evidencia, con quién habló…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Section score</source>
        <translation>Puntaje de la sección</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Answer &quot;%1&quot; (key %2 in the list)</source>
        <translation>Respuesta &quot;%1&quot; (tecla %2 en la lista)</translation>
    </message>
    <message>
        <source>1 = weakest, 5 = best practice</source>
        <translation>1 = la más débil, 5 = buena práctica</translation>
    </message>
    <message>
        <source>Choose an item in the list.</source>
        <translation>Elija un ítem de la lista.</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Sección %1</translation>
    </message>
    <message>
        <source>Section %1 · %2</source>
        <translation>Sección %1 · %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>No guidance for this item.</source>
        <translation>No hay orientación para este ítem.</translation>
    </message>
    <message>
        <source>Answer (%1)</source>
        <translation>Respuesta (%1)</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#5f6368&quot;&gt;No earlier %1 assessment for this enterprise.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#5f6368&quot;&gt;No hay una evaluación anterior de %1 para esta empresa.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Previous&lt;/b&gt; (%1): &lt;i&gt;not answered&lt;/i&gt;</source>
        <translation>&lt;b&gt;Anterior&lt;/b&gt; (%1): &lt;i&gt;sin respuesta&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Previous&lt;/b&gt; (%1): &lt;span style=&quot;color:%2&quot;&gt;●&lt;/span&gt; &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anterior&lt;/b&gt; (%1): &lt;span style=&quot;color:%2&quot;&gt;●&lt;/span&gt; &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&quot;color:#5f6368&quot;&gt;“%1”&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&quot;color:#5f6368&quot;&gt;“%1”&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Section %1 · %2&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Sección %1 · %2&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Score &lt;b&gt;%1&lt;/b&gt; · %2 of %3 items answered</source>
        <translation>Puntaje &lt;b&gt;%1&lt;/b&gt; · %2 de %3 ítems respondidos</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>aún sin puntaje</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 of %2: %3</source>
        <translation>&lt;br&gt;%1 de %2: %3</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntaje</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#5f6368&quot;&gt;Press Down or J to go to the first item of this section.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#5f6368&quot;&gt;Pulse Abajo o J para ir al primer ítem de esta sección.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Comment on item %1</source>
        <translation>Comentario sobre el ítem %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; no es un número.</translation>
    </message>
    <message>
        <source>Answer item %1</source>
        <translation>Responder el ítem %1</translation>
    </message>
</context>
<context>
    <name>score::ChecklistModel</name>
    <message>
        <source>%1 of 5</source>
        <translation>%1 de 5</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1  (%2 of %3)</source>
        <translation>%1  (%2 de %3)</translation>
    </message>
    <message numerus="yes">
        <source>Section score %1 (%n item(s) scored)</source>
        <translation>
            <numerusform>Puntaje de la sección: %1 (%n ítem con puntaje)</numerusform>
            <numerusform>Puntaje de la sección: %1 (%n ítems con puntaje)</numerusform>
        </translation>
    </message>
    <message>
        <source>No scored answer in this section yet.</source>
        <translation>Aún no hay respuestas con puntaje en esta sección.</translation>
    </message>
    <message>
        <source>Section score in the %1 assessment of %2</source>
        <translation>Puntaje de la sección en la evaluación anterior (%1, %2)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 items answered</source>
        <translation>%1: %2 de %3 ítems respondidos</translation>
    </message>
    <message>
        <source>Section %1, %2</source>
        <translation>Sección %1, %2</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Aún sin respuesta</translation>
    </message>
    <message>
        <source>No earlier assessment of this module</source>
        <translation>No hay una evaluación anterior de este módulo</translation>
    </message>
    <message>
        <source>%1 assessment of %2: %3</source>
        <translation>%1 del %2: %3</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin respuesta</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>Item %1.%2: %3</source>
        <translation>Ítem %1.%2: %3</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <source>No previous answer</source>
        <translation>Sin respuesta anterior</translation>
    </message>
    <message>
        <source>Previous answer: %1</source>
        <translation>Respuesta anterior: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Ítem de la lista de verificación</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>The answer in this assessment; section rows show the live section score.</source>
        <translation>La respuesta en esta evaluación; las filas de sección muestran el puntaje actual de la sección.</translation>
    </message>
    <message>
        <source>The answer in the previous assessment of this module (%1, %2), matched by item key</source>
        <translation>La respuesta en la evaluación anterior de este módulo (%1, %2), emparejada por la clave del ítem</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
</context>
<context>
    <name>score::ChecklistPhotoModel</name>
    <message>
        <source>%1 is not an image SCORE Desk can show.</source>
        <translation>%1 no es una imagen que SCORE Desk pueda mostrar.</translation>
    </message>
    <message>
        <source>%1
%2 · %3 KB</source>
        <translation>%1
%2 · %3 KB</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
</context>
<context>
    <name>score::ChecklistView</name>
    <message>
        <source>%1 — %2 — %3 — v%4</source>
        <translation>%1 — %2 — %3 — v%4</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Ítems de la lista de verificación</translation>
    </message>
    <message>
        <source>Y yes · P partly · N no · A not applicable · 1–5 rating · ↑↓ or J K move · Enter comment (or value) · Esc back to the list · Ctrl+U next unanswered · Delete clears</source>
        <translation>Y sí · P en parte · N no · A no aplica · 1–5 calificación · ↑↓ o J K mover · Enter comentario (o valor) · Esc volver a la lista · Ctrl+U siguiente sin responder · Supr borra</translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Keys in the list&lt;/b&gt;&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Y, P, N, A&lt;/td&gt;&lt;td&gt;Yes, Partly, No, Not applicable — then the next item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;1 … 5&lt;/td&gt;&lt;td&gt;Rating of a 1–5 item — then the next item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;digits&lt;/td&gt;&lt;td&gt;Start typing the value of a number item; Enter saves and moves on&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;↓ ↑, J K&lt;/td&gt;&lt;td&gt;Next or previous item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Enter&lt;/td&gt;&lt;td&gt;Write a comment (or the value of a number or text item)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc, Ctrl+Enter&lt;/td&gt;&lt;td&gt;Back to the list from a box&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+U&lt;/td&gt;&lt;td&gt;Next unanswered item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Delete&lt;/td&gt;&lt;td&gt;Clear the answer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Z&lt;/td&gt;&lt;td&gt;Undo the last answer&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Teclas en la lista&lt;/b&gt;&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Y, P, N, A&lt;/td&gt;&lt;td&gt;Sí, En parte, No, No aplica; luego pasa al ítem siguiente&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;1 … 5&lt;/td&gt;&lt;td&gt;Calificación de un ítem de 1 a 5; luego pasa al ítem siguiente&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;dígitos&lt;/td&gt;&lt;td&gt;Empezar a escribir el valor de un ítem numérico; Enter lo guarda y avanza&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;↓ ↑, J K&lt;/td&gt;&lt;td&gt;Ítem siguiente o anterior&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Enter&lt;/td&gt;&lt;td&gt;Escribir un comentario (o el valor de un ítem numérico o de texto)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc, Ctrl+Enter&lt;/td&gt;&lt;td&gt;Volver a la lista desde un cuadro&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+U&lt;/td&gt;&lt;td&gt;Siguiente ítem sin responder&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Supr&lt;/td&gt;&lt;td&gt;Borrar la respuesta&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Z&lt;/td&gt;&lt;td&gt;Deshacer la última respuesta&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Evaluación</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>The current enterprise&apos;s assessments: date — module — kind — template version</source>
        <translation>Evaluaciones de la empresa actual: fecha — módulo — tipo — versión de la plantilla</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>Nueva evaluación…</translation>
    </message>
    <message>
        <source>Start a new assessment of this enterprise against the checklist in force</source>
        <translation>Iniciar una nueva evaluación de esta empresa con la lista de verificación vigente</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Completar</translation>
    </message>
    <message>
        <source>Mark the assessment complete when every item has been assessed; drafts can still change</source>
        <translation>Marcar la evaluación como completa cuando se hayan evaluado todos los ítems; los borradores aún pueden cambiar</translation>
    </message>
    <message>
        <source>Assessment complete</source>
        <translation>Evaluación completa</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Puntaje general</translation>
    </message>
    <message>
        <source>Items answered</source>
        <translation>Ítems respondidos</translation>
    </message>
    <message>
        <source>Next unanswered item (Ctrl+U)</source>
        <translation>Siguiente ítem sin responder (Ctrl+U)</translation>
    </message>
    <message>
        <source>Next unanswered item</source>
        <translation>Siguiente ítem sin responder</translation>
    </message>
    <message>
        <source>Choose an enterprise in the navigation pane to see its checklists.</source>
        <translation>Elija una empresa en el panel de navegación para ver sus listas de verificación.</translation>
    </message>
    <message>
        <source>This enterprise has no assessment yet.
Start one with New assessment…: the checklist in force for the module is used, and answers are saved as you go.</source>
        <translation>Esta empresa aún no tiene evaluaciones.
Inicie una con Nueva evaluación…: se usa la lista de verificación vigente del módulo y las respuestas se guardan a medida que avanza.</translation>
    </message>
    <message>
        <source>Choose an assessment above.</source>
        <translation>Elija una evaluación arriba.</translation>
    </message>
    <message>
        <source>Overall &lt;b style=&quot;font-size:large&quot;&gt;%1&lt;/b&gt;</source>
        <translation>General: &lt;b style=&quot;font-size:large&quot;&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; %1 %2: %3</source>
        <translation> &amp;nbsp;·&amp;nbsp; %1 del %2: %3</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidos</translation>
    </message>
    <message>
        <source>Clear the answer to item %1</source>
        <translation>Borrar la respuesta del ítem %1</translation>
    </message>
    <message>
        <source>Answer item %1: %2</source>
        <translation>Responder el ítem %1: %2</translation>
    </message>
    <message>
        <source>Every item of this assessment is answered.</source>
        <translation>Todos los ítems de esta evaluación están respondidos.</translation>
    </message>
    <message>
        <source>Item %1 takes a rating from 1 to 5.</source>
        <translation>El ítem %1 se califica de 1 a 5.</translation>
    </message>
    <message>
        <source>Item %1 takes a number: type it, then Enter.</source>
        <translation>El ítem %1 requiere un número: escríbalo y pulse Enter.</translation>
    </message>
    <message>
        <source>Item %1 takes a text: press Enter to write it.</source>
        <translation>El ítem %1 requiere un texto: pulse Enter para escribirlo.</translation>
    </message>
    <message>
        <source>Mark the assessment complete</source>
        <translation>Marcar la evaluación como completa</translation>
    </message>
    <message>
        <source>Reopen the assessment as a draft</source>
        <translation>Reabrir la evaluación como borrador</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
</context>
<context>
    <name>score::ClockNotice</name>
    <message>
        <source>&amp;Re-stamp my changes</source>
        <translation>&amp;Volver a fechar mis cambios</translation>
    </message>
    <message>
        <source>This device&apos;s clock</source>
        <translation>El reloj de este dispositivo</translation>
    </message>
    <message>
        <source>Re-stamp my changes</source>
        <translation>Volver a fechar mis cambios</translation>
    </message>
    <message>
        <source>Gives the changes made here with the wrong date the present time, in their order; nothing is lost.</source>
        <translation>Da la hora actual a los cambios hechos aquí con la fecha equivocada, en su orden; no se pierde nada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes made here are dated up to %1, after today&apos;s date (%2).&lt;/b&gt; This computer&apos;s clock was ahead, so other devices hold its bundles back. Check that the date is right now, then re-stamp the changes and send a new bundle; throw away the bundles made before.</source>
        <translation>&lt;b&gt;Los cambios hechos aquí tienen fechas hasta el %1, posteriores a la fecha de hoy (%2).&lt;/b&gt; El reloj de este equipo iba adelantado, por eso los demás dispositivos retienen sus paquetes. Compruebe que la fecha ya es correcta, vuelva a fechar los cambios y envíe un paquete nuevo; descarte los paquetes hechos antes.</translation>
    </message>
    <message>
        <source>The changes were not re-stamped: %1</source>
        <translation>Los cambios no se volvieron a fechar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) re-stamped with today&apos;s date. Export a new bundle to share them.</source>
        <translation>
            <numerusform>%n registro fechado de nuevo con la fecha de hoy. Exporte un paquete nuevo para compartirlo.</numerusform>
            <numerusform>%n registros fechados de nuevo con la fecha de hoy. Exporte un paquete nuevo para compartirlos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>score::ClockRepair</name>
    <message>
        <source>Other devices&apos; changes are also dated after this computer&apos;s date (up to %1, today is %2 here): this computer&apos;s clock is probably the wrong one. Set its date first; nothing was re-stamped.</source>
        <translation>Los cambios de otros dispositivos también tienen fecha posterior a la de este ordenador (hasta %1; aquí hoy es %2): probablemente el reloj equivocado es el de este ordenador. Corrija primero su fecha; no se volvió a sellar nada.</translation>
    </message>
</context>
<context>
    <name>score::CohortReportData</name>
    <message>
        <source>There is no cohort with the id %1 in this workspace.</source>
        <translation>No existe ninguna cohorte con el identificador %1 en este espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>score::CohortTables</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Modules started</source>
        <translation>Módulos iniciados</translation>
    </message>
    <message>
        <source>Modules completed</source>
        <translation>Módulos completados</translation>
    </message>
    <message>
        <source>First score</source>
        <translation>Primer puntaje</translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation>Último puntaje</translation>
    </message>
    <message>
        <source>Score change</source>
        <translation>Cambio de puntaje</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>Acciones acordadas</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Acciones realizadas</translation>
    </message>
    <message>
        <source>Actions open</source>
        <translation>Acciones abiertas</translation>
    </message>
    <message>
        <source>Actions overdue</source>
        <translation>Acciones vencidas</translation>
    </message>
    <message>
        <source>Actions dropped</source>
        <translation>Acciones descartadas</translation>
    </message>
    <message>
        <source>KPIs measured</source>
        <translation>KPI medidos</translation>
    </message>
    <message>
        <source>KPIs improved</source>
        <translation>KPI mejorados</translation>
    </message>
    <message>
        <source>Median KPI improvement (%)</source>
        <translation>Mejora mediana de KPI (%)</translation>
    </message>
    <message>
        <source>Verified savings (%1)</source>
        <translation>Ahorro verificado (%1)</translation>
    </message>
    <message>
        <source>Estimated savings (%1)</source>
        <translation>Ahorro estimado (%1)</translation>
    </message>
    <message>
        <source>Participants women</source>
        <translation>Participantes mujeres</translation>
    </message>
    <message>
        <source>Participants men</source>
        <translation>Participantes hombres</translation>
    </message>
    <message>
        <source>Women among participants (%)</source>
        <translation>Mujeres entre los participantes (%)</translation>
    </message>
    <message>
        <source>Enterprise ID</source>
        <translation>ID de la empresa</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Cohort total</source>
        <translation>Total de la cohorte</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Module name</source>
        <translation>Nombre del módulo</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Primera visita</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Acciones abiertas</translation>
    </message>
    <message>
        <source>Done actions</source>
        <translation>Acciones realizadas</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Acciones vencidas</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Informe de avance</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Completada el</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>Costo (%1)</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>KPI before</source>
        <translation>KPI antes</translation>
    </message>
    <message>
        <source>KPI after</source>
        <translation>KPI después</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>KPI code</source>
        <translation>Código del KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Mejor si es</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Latest month</source>
        <translation>Último mes</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Improvement (%)</source>
        <translation>Mejora (%)</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>menor</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>mayor</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>Workforce women</source>
        <translation>Personal: mujeres</translation>
    </message>
    <message>
        <source>Workforce men</source>
        <translation>Personal: hombres</translation>
    </message>
    <message>
        <source>Classroom sessions</source>
        <translation>Sesiones en aula</translation>
    </message>
    <message>
        <source>Classroom women</source>
        <translation>Aula: mujeres</translation>
    </message>
    <message>
        <source>Classroom men</source>
        <translation>Aula: hombres</translation>
    </message>
    <message>
        <source>Factory visits</source>
        <translation>Visitas a la fábrica</translation>
    </message>
    <message>
        <source>Visit women</source>
        <translation>Visita: mujeres</translation>
    </message>
    <message>
        <source>Visit men</source>
        <translation>Visita: hombres</translation>
    </message>
    <message>
        <source>EIT women</source>
        <translation>EIT: mujeres</translation>
    </message>
    <message>
        <source>EIT men</source>
        <translation>EIT: hombres</translation>
    </message>
</context>
<context>
    <name>score::CommentListModel</name>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>%1 wrote on %2: %3</source>
        <translation>%1 escribió el %2: %3</translation>
    </message>
</context>
<context>
    <name>score::ConflictModel</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>Deleted on one device, changed on another</source>
        <translation>Eliminado en un dispositivo, modificado en otro</translation>
    </message>
    <message>
        <source>Changed on one device after it was deleted on another</source>
        <translation>Modificado en un dispositivo después de haberse eliminado en otro</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Kept, with a change</source>
        <translation>Conservado, con un cambio</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Valor conservado</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>Conservado de</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>Fijado el</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Otro valor</translation>
    </message>
    <message>
        <source>Other from</source>
        <translation>Otro valor de</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Detectado</translation>
    </message>
</context>
<context>
    <name>score::ConflictStore</name>
    <message>
        <source>%1 (this device)</source>
        <translation>%1 (este dispositivo)</translation>
    </message>
    <message>
        <source>SCORE Desk content</source>
        <translation>Contenido de SCORE Desk</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>dispositivo %1</translation>
    </message>
    <message>
        <source>There is no conflict number %1.</source>
        <translation>No existe el conflicto número %1.</translation>
    </message>
    <message>
        <source>This conflict concerns an unknown kind of record.</source>
        <translation>Este conflicto se refiere a un tipo de registro desconocido.</translation>
    </message>
    <message>
        <source>This conflict concerns a field that no longer exists.</source>
        <translation>Este conflicto se refiere a un campo que ya no existe.</translation>
    </message>
    <message>
        <source>The value kept for this conflict cannot be read back.</source>
        <translation>No se puede volver a leer el valor conservado para este conflicto.</translation>
    </message>
</context>
<context>
    <name>score::ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>When the same value was changed on two devices before they exchanged bundles, the later change wins everywhere; the other one is kept here so that nothing is lost unseen.</source>
        <translation>Cuando el mismo valor se modificó en dos dispositivos antes de que intercambiaran paquetes, el cambio más reciente prevalece en todas partes; el otro se conserva aquí para que nada se pierda sin que usted lo vea.</translation>
    </message>
    <message>
        <source>Show &amp;reviewed conflicts too</source>
        <translation>Mostrar también los conflictos &amp;revisados</translation>
    </message>
    <message>
        <source>No conflicts to review. If a bundle brings a change that clashes with one made here, both values will be shown here.</source>
        <translation>No hay conflictos por revisar. Si un paquete trae un cambio que choca con uno hecho aquí, ambos valores se mostrarán aquí.</translation>
    </message>
    <message>
        <source>Kept — the value now</source>
        <translation>Conservado: el valor actual</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Valor conservado</translation>
    </message>
    <message>
        <source>Other value — not applied</source>
        <translation>Otro valor: no aplicado</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Otro valor</translation>
    </message>
    <message>
        <source>Applying the other value is a new change made here; it reaches other devices with your next bundle.</source>
        <translation>Aplicar el otro valor es un cambio nuevo hecho aquí; llega a los demás dispositivos con su próximo paquete.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Keep the value as it is and mark this conflict as reviewed.</source>
        <translation>Dejar el valor como está y marcar este conflicto como revisado.</translation>
    </message>
    <message>
        <source>&amp;Apply the other value</source>
        <translation>&amp;Aplicar el otro valor</translation>
    </message>
    <message>
        <source>Choose a conflict to see both values in full.</source>
        <translation>Elija un conflicto para ver ambos valores completos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · found %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · detectado el %3</translation>
    </message>
    <message>
        <source>Set by %1 · %2</source>
        <translation>Fijado por %1 · %2</translation>
    </message>
    <message>
        <source>(the other value was applied)</source>
        <translation>(se aplicó el otro valor)</translation>
    </message>
    <message>
        <source>(dismissed)</source>
        <translation>(descartado)</translation>
    </message>
    <message>
        <source>Apply the other value</source>
        <translation>Aplicar el otro valor</translation>
    </message>
</context>
<context>
    <name>score::ContentCatalogue</name>
    <message>
        <source>%1: &quot;%2&quot; is missing.</source>
        <translation>%1: falta &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be text.</source>
        <translation>%1: &quot;%2&quot; debe ser texto.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is empty or longer than %3 characters.</source>
        <translation>%1: &quot;%2&quot; está vacío o tiene más de %3 caracteres.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number from %3 to %4.</source>
        <translation>%1: &quot;%2&quot; debe ser un número de %3 a %4.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a date (YYYY-MM-DD).</source>
        <translation>%1: &quot;%2&quot; debe ser una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a list of 1 to %3 entries.</source>
        <translation>%1: &quot;%2&quot; debe ser una lista de 1 a %3 entradas.</translation>
    </message>
    <message>
        <source>%1: every entry must be an object.</source>
        <translation>%1: cada entrada debe ser un objeto.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; cannot be &quot;%3&quot;.</source>
        <translation>%1: &quot;%2&quot; no puede ser &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The %1 file is too large.</source>
        <translation>El archivo de %1 es demasiado grande.</translation>
    </message>
    <message>
        <source>The %1 file is not valid JSON (%2).</source>
        <translation>El archivo de %1 no es un JSON válido (%2).</translation>
    </message>
    <message>
        <source>The %1 file has no format version.</source>
        <translation>El archivo de %1 no tiene versión de formato.</translation>
    </message>
    <message>
        <source>The %1 file was made for a newer SCORE Desk (format %2); update to read it.</source>
        <translation>El archivo de %1 se hizo para una versión más reciente de SCORE Desk (formato %2); actualice el programa para leerlo.</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>módulos</translation>
    </message>
    <message>
        <source>modules: the code %1 is used twice.</source>
        <translation>módulos: el código %1 se usa dos veces.</translation>
    </message>
    <message>
        <source>checklist template</source>
        <translation>plantilla de lista de verificación</translation>
    </message>
    <message>
        <source>template %1 v%2</source>
        <translation>plantilla %1 v%2</translation>
    </message>
    <message>
        <source>template %1: the section key &quot;%2&quot; is malformed or repeated.</source>
        <translation>plantilla %1: la clave de sección &quot;%2&quot; está mal formada o repetida.</translation>
    </message>
    <message>
        <source>template %1: the item key &quot;%2&quot; is malformed or repeated.</source>
        <translation>plantilla %1: la clave de ítem &quot;%2&quot; está mal formada o repetida.</translation>
    </message>
    <message>
        <source>KPI catalogue</source>
        <translation>catálogo de KPI</translation>
    </message>
    <message>
        <source>KPI catalogue: the code &quot;%1&quot; is malformed or repeated.</source>
        <translation>catálogo de KPI: el código &quot;%1&quot; está mal formado o repetido.</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>países</translation>
    </message>
    <message>
        <source>Built-in content %1 is missing from this build.</source>
        <translation>Falta el contenido integrado %1 en esta compilación.</translation>
    </message>
</context>
<context>
    <name>score::CsvReader</name>
    <message>
        <source>the quoted cell that begins on row %L1 is never closed</source>
        <translation>la celda entre comillas que empieza en la fila %L1 nunca se cierra</translation>
    </message>
    <message>
        <source>a cell on row %L1 holds more than %L2 characters</source>
        <translation>una celda de la fila %L1 contiene más de %L2 caracteres</translation>
    </message>
    <message>
        <source>row %L1 has more than %L2 columns</source>
        <translation>la fila %L1 tiene más de %L2 columnas</translation>
    </message>
    <message>
        <source>it has more than %L1 rows</source>
        <translation>tiene más de %L1 filas</translation>
    </message>
    <message>
        <source>it holds binary data, not text</source>
        <translation>contiene datos binarios, no texto</translation>
    </message>
</context>
<context>
    <name>score::Database</name>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>El disco está lleno; no se guardó nada. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The workspace file cannot be written (it is read-only or on a read-only disk).</source>
        <translation>No se puede escribir el archivo del espacio de trabajo (es de solo lectura o está en un disco de solo lectura).</translation>
    </message>
    <message>
        <source>The workspace is busy in another program; close it there and try again.</source>
        <translation>El espacio de trabajo está ocupado en otro programa; ciérrelo allí e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The disk reported an error while saving; nothing was saved (%1).</source>
        <translation>El disco informó un error al guardar; no se guardó nada (%1).</translation>
    </message>
    <message>
        <source>The workspace file is damaged. Restore it from a backup.</source>
        <translation>El archivo del espacio de trabajo está dañado. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The file is not a SCORE Desk workspace.</source>
        <translation>El archivo no es un espacio de trabajo de SCORE Desk.</translation>
    </message>
    <message>
        <source>The workspace file cannot be opened (missing folder or no permission).</source>
        <translation>No se puede abrir el archivo del espacio de trabajo (falta la carpeta o no hay permiso).</translation>
    </message>
    <message>
        <source>The change was refused because it would break the workspace&apos;s rules (%1).</source>
        <translation>Se rechazó el cambio porque violaría las reglas del espacio de trabajo (%1).</translation>
    </message>
    <message>
        <source>The workspace could not be read or written (%1).</source>
        <translation>No se pudo leer ni escribir el espacio de trabajo (%1).</translation>
    </message>
</context>
<context>
    <name>score::DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>the form of a date to type; keep the digits&apos; order</comment>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <comment>the form of a month to type; keep the digits&apos; order</comment>
        <translation>AAAA-MM</translation>
    </message>
    <message>
        <source>Choose in a calendar (Alt+↓)</source>
        <translation>Elegir en un calendario (Alt+↓)</translation>
    </message>
    <message>
        <source>Type a date, as year-month-day.</source>
        <translation>Escriba una fecha como año-mes-día.</translation>
    </message>
    <message>
        <source>Type a month, as year-month.</source>
        <translation>Escriba un mes como año-mes.</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as year-month-day, for example 2026-11-01.</source>
        <translation>«%1» no es una fecha: escríbala como año-mes-día, por ejemplo 2026-11-01.</translation>
    </message>
    <message>
        <source>“%1” is not a month: type it as year-month, for example 2026-11.</source>
        <translation>«%1» no es un mes: escríbalo como año-mes, por ejemplo 2026-11.</translation>
    </message>
    <message>
        <source>%1 is not a date: there is no year 0.</source>
        <translation>%1 no es una fecha: no existe el año 0.</translation>
    </message>
    <message>
        <source>%1 is not a date: there is no month %2; months go from 1 to 12.</source>
        <translation>%1 no es una fecha: no existe el mes %2; los meses van del 1 al 12.</translation>
    </message>
    <message>
        <source>%1 is not a date: %2 has %3 days.</source>
        <translation>%1 no es una fecha: %2 tiene %3 días.</translation>
    </message>
    <message>
        <source>%1 is too early: type a date from %2 on.</source>
        <translation>%1 es demasiado pronto: escriba una fecha a partir del %2.</translation>
    </message>
    <message>
        <source>%1 is too early: type a month from %2 on.</source>
        <translation>%1 es demasiado pronto: escriba un mes a partir de %2.</translation>
    </message>
    <message>
        <source>%1 is too late: type a date up to %2.</source>
        <translation>%1 es demasiado tarde: escriba una fecha hasta el %2.</translation>
    </message>
    <message>
        <source>%1 is too late: type a month up to %2.</source>
        <translation>%1 es demasiado tarde: escriba un mes hasta %2.</translation>
    </message>
</context>
<context>
    <name>score::DemoGenerator</name>
    <message>
        <source>The demo could not create a %1: %2</source>
        <translation>La demostración no pudo crear un registro (%1): %2</translation>
    </message>
    <message>
        <source>The demo was cancelled; nothing was added.</source>
        <translation>Se canceló la demostración; no se agregó nada.</translation>
    </message>
    <message>
        <source>The workspace lacks the SCORE module %1; the demo needs the five core modules.</source>
        <translation>Al espacio de trabajo le falta el módulo SCORE %1; la demostración necesita los cinco módulos básicos.</translation>
    </message>
    <message>
        <source>Classroom sessions at %1&apos;s training centre; counselling visits after each module.</source>
        <translation>Sesiones en aula en el centro de formación de %1; visitas de asesoría después de cada módulo.</translation>
    </message>
    <message>
        <source>Lot %1%2, %3 industrial zone</source>
        <translation>Lote %1%2, zona industrial %3</translation>
    </message>
    <message>
        <source>In place in some sections only; to be extended.</source>
        <translation>Implementado solo en algunas secciones; por ampliar.</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Después: %1</translation>
    </message>
    <message>
        <source>Two-day %1 workshop with the other enterprises of the cohort, given by %2.</source>
        <translation>Taller de %1 de dos días con las demás empresas de la cohorte, dictado por %2.</translation>
    </message>
    <message>
        <source>Enterprise records, baseline</source>
        <translation>Registros de la empresa, línea de base</translation>
    </message>
    <message>
        <source>Monthly EIT report</source>
        <translation>Informe mensual del EIT</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Electricidad</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <source>Main material</source>
        <translation>Material principal</translation>
    </message>
    <message>
        <source>Solid waste</source>
        <translation>Residuos sólidos</translation>
    </message>
    <message>
        <source>The enterprise completed the module with its improvement team.</source>
        <translation>La empresa completó el módulo con su equipo de mejora.</translation>
    </message>
    <message>
        <source>%1 went from %2 %4 at baseline to %3 %4.</source>
        <translation>%1 pasó de %2 %4 en la línea de base a %3 %4.</translation>
    </message>
    <message>
        <source>The demo takes 1 to 100000 enterprises over 1 to 50 years.</source>
        <translation>La demostración admite de 1 a 100000 empresas durante 1 a 50 años.</translation>
    </message>
    <message>
        <source>This workspace already has enterprises; the demo fills an empty workspace.</source>
        <translation>Este espacio de trabajo ya tiene empresas; la demostración llena un espacio de trabajo vacío.</translation>
    </message>
</context>
<context>
    <name>score::DemoPhrases</name>
    <message>
        <source>The demo phrases are missing from this build.</source>
        <translation>Faltan las frases de demostración en esta compilación.</translation>
    </message>
    <message>
        <source>The demo phrases are incomplete in this build.</source>
        <translation>Las frases de demostración están incompletas en esta compilación.</translation>
    </message>
</context>
<context>
    <name>score::DemoProgramme</name>
    <message>
        <source>The demo programme is missing from this build.</source>
        <translation>Falta el programa de demostración en esta compilación.</translation>
    </message>
    <message>
        <source>The demo programme is incomplete in this build.</source>
        <translation>El programa de demostración está incompleto en esta compilación.</translation>
    </message>
</context>
<context>
    <name>score::DeviceModel</name>
    <message>
        <source>Device id %1</source>
        <translation>ID del dispositivo: %1</translation>
    </message>
    <message>
        <source>Compare this with the key fingerprint shown on that device (Sync ▸ Devices) to be sure its bundles really come from it.</source>
        <translation>Compare esto con la huella de la clave que se muestra en ese dispositivo (Sincronización ▸ Dispositivos) para asegurarse de que sus paquetes realmente provienen de él.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Huella de la clave</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Visto por primera vez</translation>
    </message>
    <message>
        <source>Latest bundle imported</source>
        <translation>Último paquete importado</translation>
    </message>
</context>
<context>
    <name>score::DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Every bundle is signed with the key of the device that made it. A device is trusted the first time its bundle is imported; later bundles must carry the same key.</source>
        <translation>Cada paquete se firma con la clave del dispositivo que lo creó. Un dispositivo se considera de confianza la primera vez que se importa un paquete suyo; los paquetes posteriores deben traer la misma clave.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nombre del dispositivo</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>&amp;Save names</source>
        <translation>&amp;Guardar nombres</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Su nombre:</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>Nombre del &amp;dispositivo:</translation>
    </message>
    <message>
        <source>Key fingerprint of this device</source>
        <translation>Huella de la clave de este dispositivo</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>ID del dispositivo</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation>ID del dispositivo:</translation>
    </message>
    <message>
        <source>When a colleague imports your first bundle, SCORE Desk shows them this fingerprint; read it to them (by phone, in person) so they know the bundle really comes from you.</source>
        <translation>Cuando un colega importe su primer paquete, SCORE Desk le mostrará esta huella; léasela (por teléfono o en persona) para que sepa que el paquete realmente proviene de usted.</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Huella de la clave:</translation>
    </message>
    <message>
        <source>Devices whose bundles were imported here</source>
        <translation>Dispositivos cuyos paquetes se importaron aquí</translation>
    </message>
    <message>
        <source>No bundle from another device has been imported yet.</source>
        <translation>Aún no se ha importado ningún paquete de otro dispositivo.</translation>
    </message>
    <message>
        <source>Give this device a name and say who works on it; colleagues see both next to your changes.</source>
        <translation>Asigne un nombre a este dispositivo e indique quién trabaja en él; sus colegas verán ambos junto a sus cambios.</translation>
    </message>
</context>
<context>
    <name>score::DomainQueries</name>
    <message>
        <source>This %1 no longer exists.</source>
        <translation>Esta %1 ya no existe.</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>empresa</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visita</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>evaluación</translation>
    </message>
    <message>
        <source>improvement action</source>
        <translation>acción de mejora</translation>
    </message>
</context>
<context>
    <name>score::EditSimulator</name>
    <message>
        <source>Reviewed on the shop floor (note %1).</source>
        <translation>Revisado en la planta (nota %1).</translation>
    </message>
    <message>
        <source>Observed during the walk-through (%1).</source>
        <translation>Observado durante el recorrido (%1).</translation>
    </message>
    <message>
        <source>Checked with the supervisor (%1).</source>
        <translation>Verificado con el supervisor (%1).</translation>
    </message>
    <message>
        <source>Walkway blocked near line %1</source>
        <translation>Pasillo bloqueado cerca de la línea %1</translation>
    </message>
    <message>
        <source>Mark and clear walkway %1</source>
        <translation>Señalizar y despejar el pasillo %1</translation>
    </message>
    <message>
        <source>Worker %1</source>
        <translation>Trabajador %1</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <source>Put a mirror at the corner of aisle %1.</source>
        <translation>Poner un espejo en la esquina del pasillo %1.</translation>
    </message>
    <message>
        <source>The number of edits cannot be negative.</source>
        <translation>El número de ediciones no puede ser negativo.</translation>
    </message>
</context>
<context>
    <name>score::EitBalance</name>
    <message>
        <source>The enterprise has no Enterprise Improvement Team yet.</source>
        <translation>La empresa aún no tiene un Equipo de Mejora de la Empresa (EIT).</translation>
    </message>
    <message>
        <source>No worker members.</source>
        <translation>No hay miembros trabajadores.</translation>
    </message>
    <message>
        <source>No management members.</source>
        <translation>No hay miembros de la dirección.</translation>
    </message>
    <message>
        <source>Fewer workers than managers.</source>
        <translation>Menos trabajadores que directivos.</translation>
    </message>
    <message>
        <source>No women in the team.</source>
        <translation>No hay mujeres en el equipo.</translation>
    </message>
    <message>
        <source>No men in the team.</source>
        <translation>No hay hombres en el equipo.</translation>
    </message>
    <message>
        <source>Women are under-represented: %1% of the team, %2% of the workforce.</source>
        <translation>Las mujeres están subrepresentadas: %1% del equipo, %2% del personal.</translation>
    </message>
    <message>
        <source>No temporary staff in the team, though the enterprise employs %1.</source>
        <translation>El equipo no tiene personal temporal, aunque la empresa emplea a %1.</translation>
    </message>
    <message>
        <source>%1 members · management %2, workers %3 · women %4, men %5 · temporary staff %6.</source>
        <translation>%1 miembros · dirección %2, trabajadores %3 · mujeres %4, hombres %5 · personal temporal %6.</translation>
    </message>
</context>
<context>
    <name>score::EitMemberDialog</name>
    <message>
        <source>Add a member to the improvement team</source>
        <translation>Agregar un miembro al equipo de mejora</translation>
    </message>
    <message>
        <source>Change an improvement team member</source>
        <translation>Modificar un miembro del equipo de mejora</translation>
    </message>
    <message>
        <source>A new person…</source>
        <translation>Una persona nueva…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Tipo de empleo</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Rol en el equipo</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Miembro desde</translation>
    </message>
    <message>
        <source>Change team member</source>
        <translation>Modificar miembro del equipo</translation>
    </message>
    <message>
        <source>Give the new member&apos;s name.</source>
        <translation>Indique el nombre del nuevo miembro.</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>Agregar miembro del equipo</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Agregar persona</translation>
    </message>
</context>
<context>
    <name>score::EitMemberModel</name>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Tipo de empleo</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Ingreso</translation>
    </message>
</context>
<context>
    <name>score::EnterpriseReportData</name>
    <message>
        <source>There is no enterprise with the id %1 in this workspace.</source>
        <translation>No existe ninguna empresa con el identificador %1 en este espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>score::EnterpriseTableModel</name>
    <message>
        <source>%1 · %2, %3</source>
        <translation>%1 · %2, %3</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Acciones abiertas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
</context>
<context>
    <name>score::EnterprisesView</name>
    <message>
        <source>Enterprises</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Enterprise Improvement Team</source>
        <translation>Equipo de Mejora de la Empresa</translation>
    </message>
    <message>
        <source>Improvement team members</source>
        <translation>Miembros del equipo de mejora</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Agregar miembro…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modificar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Progress by module</source>
        <translation>Avance por módulo</translation>
    </message>
    <message>
        <source>No enterprise selected</source>
        <translation>Ninguna empresa seleccionada</translation>
    </message>
    <message>
        <source>%1 · %2, %3 · counsellor %4 · enrolled %5</source>
        <translation>%1 · %2, %3 · asesor: %4 · inscrita el %5</translation>
    </message>
    <message>
        <source>no cohort</source>
        <translation>sin cohorte</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Remove %1 from the team</source>
        <translation>Quitar a %1 del equipo</translation>
    </message>
    <message>
        <source>SCORE Desk</source>
        <translation>SCORE Desk</translation>
    </message>
    <message>
        <source>New enterprise…</source>
        <translation>Nueva empresa…</translation>
    </message>
    <message>
        <source>Add an enterprise to the cohort (Ctrl+Shift+E)</source>
        <translation>Añadir una empresa a la cohorte (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>People…</source>
        <translation>Personas…</translation>
    </message>
    <message>
        <source>Counsellors, trainers, managers and improvement team members</source>
        <translation>Asesores, formadores, gerentes y miembros de los equipos de mejora</translation>
    </message>
    <message>
        <source>Your cohort&apos;s enterprises go here</source>
        <translation>Aquí aparecerán las empresas de su cohorte</translation>
    </message>
    <message>
        <source>Create the cohort, then add its enterprises one by one, or import the list the programme sent as a spreadsheet (XLSX or CSV).</source>
        <translation>Cree la cohorte y añada sus empresas una a una, o importe la lista que envió el programa como hoja de cálculo (XLSX o CSV).</translation>
    </message>
    <message>
        <source>New cohort…</source>
        <translation>Nueva cohorte…</translation>
    </message>
    <message>
        <source>Import from a spreadsheet…</source>
        <translation>Importar de una hoja de cálculo…</translation>
    </message>
    <message>
        <source>Choose an enterprise in the list, or add one with New enterprise….</source>
        <translation>Elija una empresa de la lista o añada una con Nueva empresa….</translation>
    </message>
</context>
<context>
    <name>score::EntityNames</name>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>module</source>
        <translation>módulo</translation>
    </message>
    <message>
        <source>checklist template</source>
        <translation>plantilla de lista de verificación</translation>
    </message>
    <message>
        <source>checklist section</source>
        <translation>sección de lista de verificación</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>ítem de lista de verificación</translation>
    </message>
    <message>
        <source>KPI definition</source>
        <translation>definición de KPI</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>cohorte</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>empresa</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>cohort trainer</source>
        <translation>formador de la cohorte</translation>
    </message>
    <message>
        <source>EIT member</source>
        <translation>miembro del EIT</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visita</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>evaluación</translation>
    </message>
    <message>
        <source>checklist answer</source>
        <translation>respuesta de lista de verificación</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>hallazgo</translation>
    </message>
    <message>
        <source>improvement action</source>
        <translation>acción de mejora</translation>
    </message>
    <message>
        <source>KPI reading</source>
        <translation>lectura de KPI</translation>
    </message>
    <message>
        <source>worker suggestion</source>
        <translation>sugerencia de los trabajadores</translation>
    </message>
    <message>
        <source>hazard</source>
        <translation>peligro</translation>
    </message>
    <message>
        <source>resource flow</source>
        <translation>flujo de recursos</translation>
    </message>
    <message>
        <source>module progress report</source>
        <translation>informe de avance del módulo</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>adjunto</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>países</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>módulos</translation>
    </message>
    <message>
        <source>checklist templates</source>
        <translation>plantillas de lista de verificación</translation>
    </message>
    <message>
        <source>checklist sections</source>
        <translation>secciones de lista de verificación</translation>
    </message>
    <message>
        <source>checklist items</source>
        <translation>ítems de lista de verificación</translation>
    </message>
    <message>
        <source>KPI definitions</source>
        <translation>definiciones de KPI</translation>
    </message>
    <message>
        <source>cohorts</source>
        <translation>cohortes</translation>
    </message>
    <message>
        <source>enterprises</source>
        <translation>empresas</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>cohort trainers</source>
        <translation>formadores de la cohorte</translation>
    </message>
    <message>
        <source>EIT members</source>
        <translation>miembros del EIT</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>visitas</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>evaluaciones</translation>
    </message>
    <message>
        <source>checklist answers</source>
        <translation>respuestas de lista de verificación</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>hallazgos</translation>
    </message>
    <message>
        <source>improvement actions</source>
        <translation>acciones de mejora</translation>
    </message>
    <message>
        <source>KPI readings</source>
        <translation>lecturas de KPI</translation>
    </message>
    <message>
        <source>worker suggestions</source>
        <translation>sugerencias de los trabajadores</translation>
    </message>
    <message>
        <source>hazards</source>
        <translation>peligros</translation>
    </message>
    <message>
        <source>resource flows</source>
        <translation>flujos de recursos</translation>
    </message>
    <message>
        <source>module progress reports</source>
        <translation>informes de avance del módulo</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>adjuntos</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>comentarios</translation>
    </message>
</context>
<context>
    <name>score::ExchangePage</name>
    <message>
        <source>Exchange work</source>
        <translation>Intercambiar trabajo</translation>
    </message>
    <message>
        <source>Colleagues share their work as bundle files, by USB stick or e-mail. A bundle is signed by the device that made it; importing merges it, field by field, into this workspace.</source>
        <translation>Los colegas comparten su trabajo como archivos de paquete, por memoria USB o correo electrónico. Cada paquete está firmado por el dispositivo que lo creó; al importarlo, se fusiona campo por campo con este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Result of the last exchange</source>
        <translation>Resultado del último intercambio</translation>
    </message>
    <message>
        <source>Send work</source>
        <translation>Enviar trabajo</translation>
    </message>
    <message>
        <source>&amp;Everything in this workspace</source>
        <translation>&amp;Todo lo de este espacio de trabajo</translation>
    </message>
    <message>
        <source>A full bundle: whoever imports it gets all of this workspace&apos;s work.</source>
        <translation>Un paquete completo: quien lo importe recibe todo el trabajo de este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Only what one &amp;device has not seen yet:</source>
        <translation>Solo lo que un &amp;dispositivo aún no ha visto:</translation>
    </message>
    <message>
        <source>A smaller bundle with the changes that device is missing, judging by the latest bundle it sent here.</source>
        <translation>Un paquete más pequeño con los cambios que le faltan a ese dispositivo, según el último paquete que envió aquí.</translation>
    </message>
    <message>
        <source>Device to send the changes to</source>
        <translation>Dispositivo al que se enviarán los cambios</translation>
    </message>
    <message>
        <source>Which enterprises</source>
        <translation>Qué empresas</translation>
    </message>
    <message>
        <source>&amp;Which enterprises:</source>
        <translation>&amp;Qué empresas:</translation>
    </message>
    <message>
        <source>&amp;Protect the bundle with a passphrase</source>
        <translation>&amp;Proteger el paquete con una frase de contraseña</translation>
    </message>
    <message>
        <source>Anyone who finds the file without the passphrase can read nothing in it.</source>
        <translation>Quien encuentre el archivo sin la frase de contraseña no podrá leer nada de su contenido.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>La misma otra vez</translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>E&amp;xportar paquete…</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <source>Receive work</source>
        <translation>Recibir trabajo</translation>
    </message>
    <message>
        <source>Drop a &lt;b&gt;.scorebundle&lt;/b&gt; file anywhere on this window, or choose one.</source>
        <translation>Suelte un archivo &lt;b&gt;.scorebundle&lt;/b&gt; en cualquier parte de esta ventana, o elija uno.</translation>
    </message>
    <message>
        <source>First you see who sent it and what it would change; nothing is written until you say Import. The workspace is backed up before every import.</source>
        <translation>Primero verá quién lo envió y qué cambiaría; no se escribe nada hasta que usted elija Importar. Antes de cada importación se hace una copia de seguridad del espacio de trabajo.</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importar paquete…</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Importar paquete</translation>
    </message>
    <message>
        <source>Bundles imported here</source>
        <translation>Paquetes importados aquí</translation>
    </message>
    <message>
        <source>No bundle has been imported into this workspace yet. When colleagues send you their work, each bundle appears here with what it changed.</source>
        <translation>Aún no se ha importado ningún paquete en este espacio de trabajo. Cuando sus colegas le envíen su trabajo, cada paquete aparecerá aquí con lo que cambió.</translation>
    </message>
    <message>
        <source>This workspace holds</source>
        <translation>Este espacio de trabajo contiene</translation>
    </message>
    <message>
        <source>This device: &lt;b&gt;%1&lt;/b&gt; · %2 · key &lt;span style=&quot;font-family:monospace&quot;&gt;%3&lt;/span&gt;</source>
        <translation>Este dispositivo: &lt;b&gt;%1&lt;/b&gt; · %2 · clave &lt;span style=&quot;font-family:monospace&quot;&gt;%3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Every change made here is already in a bundle.</source>
        <translation>Todos los cambios hechos aquí ya están en un paquete.</translation>
    </message>
    <message>
        <source>Changes made here and in no bundle yet: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Cambios hechos aquí que aún no están en ningún paquete: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · key %2</source>
        <translation>%1 · clave %2</translation>
    </message>
    <message>
        <source>no device has sent a bundle here yet</source>
        <translation>ningún dispositivo ha enviado aún un paquete aquí</translation>
    </message>
    <message>
        <source>Import a bundle from a device first; then SCORE Desk knows what it holds.</source>
        <translation>Primero importe un paquete de un dispositivo; así SCORE Desk sabrá lo que contiene.</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <source>Only the cohort %1</source>
        <translation>Solo la cohorte %1</translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who has the file can read it.</source>
        <translation>Sin frase de contraseña, cualquiera que tenga el archivo puede leerlo.</translation>
    </message>
    <message>
        <source>Choose a passphrase and tell it to the receiver another way (phone, in person).</source>
        <translation>Elija una frase de contraseña y comuníquela al destinatario por otro medio (por teléfono o en persona).</translation>
    </message>
    <message>
        <source>Type the passphrase a second time.</source>
        <translation>Escriba la frase de contraseña una segunda vez.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Tell the passphrase to the receiver another way than the bundle (phone, in person).</source>
        <translation>Comunique la frase de contraseña al destinatario por un medio distinto del paquete (por teléfono o en persona).</translation>
    </message>
    <message>
        <source>Records of work in all: %1</source>
        <translation>Registros de trabajo en total: %1</translation>
    </message>
    <message>
        <source>Photos and documents: %1 (%2)</source>
        <translation>Fotos y documentos: %1 (%2)</translation>
    </message>
    <message>
        <source>In the recycle bin: %1</source>
        <translation>En la papelera: %1</translation>
    </message>
    <message>
        <source>No other device has sent work here yet.</source>
        <translation>Ningún otro dispositivo ha enviado trabajo aquí todavía.</translation>
    </message>
    <message>
        <source>Devices that sent work: %1</source>
        <translation>Dispositivos que enviaron trabajo: %1</translation>
    </message>
    <message>
        <source>Conflicts to review: %1</source>
        <translation>Conflictos por revisar: %1</translation>
    </message>
    <message>
        <source>Workspace file: %1</source>
        <translation>Archivo del espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; no bundle was written.</source>
        <translation>Se canceló la exportación; no se escribió ningún paquete.</translation>
    </message>
    <message>
        <source>Wrote &lt;b&gt;%1&lt;/b&gt; (%2%3) — records: %4, photos and documents: %5.</source>
        <translation>Se escribió &lt;b&gt;%1&lt;/b&gt; (%2%3): registros: %4; fotos y documentos: %5.</translation>
    </message>
    <message>
        <source>, protected by a passphrase</source>
        <translation>, protegido con frase de contraseña</translation>
    </message>
    <message>
        <source>Send it by USB stick or e-mail. &lt;a href=&quot;%1&quot;&gt;Open the folder&lt;/a&gt;</source>
        <translation>Envíelo por memoria USB o correo electrónico. &lt;a href=&quot;%1&quot;&gt;Abrir la carpeta&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Imported &lt;b&gt;%1&lt;/b&gt; from %2: %3</source>
        <translation>Se importó &lt;b&gt;%1&lt;/b&gt; desde %2: %3</translation>
    </message>
    <message>
        <source>— &lt;a href=&quot;conflicts&quot;&gt;review the conflicts&lt;/a&gt;</source>
        <translation>— &lt;a href=&quot;conflicts&quot;&gt;revisar los conflictos&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The import of &lt;b&gt;%1&lt;/b&gt; was cancelled; nothing was changed.</source>
        <translation>Se canceló la importación de &lt;b&gt;%1&lt;/b&gt;; no se cambió nada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was not imported: %2</source>
        <translation>No se importó &lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Another export or import is still running; drop the bundle again when it has finished.</source>
        <translation>Todavía se está realizando otra exportación o importación; vuelva a soltar el paquete cuando haya terminado.</translation>
    </message>
</context>
<context>
    <name>score::FieldInput</name>
    <message>
        <source>%1 takes a whole number; “%2” is not one.</source>
        <translation>%1 admite un número entero; “%2” no lo es.</translation>
    </message>
    <message>
        <source>%1 takes a number; “%2” is not one.</source>
        <translation>%1 admite un número; “%2” no lo es.</translation>
    </message>
    <message>
        <source>%1 takes yes or no; “%2” is neither.</source>
        <translation>%1 admite sí o no; “%2” no es ninguno de los dos.</translation>
    </message>
    <message>
        <source>%1 takes a date such as 2026-11-01; “%2” is not one.</source>
        <translation>%1 admite una fecha como 2026-11-01; “%2” no lo es.</translation>
    </message>
    <message>
        <source>%1 takes a month such as 2026-11; “%2” is not one.</source>
        <translation>%1 admite un mes como 2026-11; “%2” no lo es.</translation>
    </message>
    <message>
        <source>%1 cannot be “%2”; it takes one of: %3.</source>
        <translation>%1 no puede ser “%2”; admite uno de estos valores: %3.</translation>
    </message>
</context>
<context>
    <name>score::FieldValidation</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <source>%1 has a value of the wrong type.</source>
        <translation>%1 tiene un valor de tipo incorrecto.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 debe estar entre %2 y %3.</translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation>%1 debe ser sí o no.</translation>
    </message>
    <message>
        <source>%1 must be a finite number.</source>
        <translation>%1 debe ser un número finito.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 no puede estar vacío.</translation>
    </message>
    <message>
        <source>%1 contains control characters.</source>
        <translation>%1 contiene caracteres de control.</translation>
    </message>
    <message>
        <source>%1 must be a date (YYYY-MM-DD).</source>
        <translation>%1 debe ser una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>%1 must be a month (YYYY-MM).</source>
        <translation>%1 debe ser un mes (AAAA-MM).</translation>
    </message>
    <message>
        <source>%1 must be a UTC date and time.</source>
        <translation>%1 debe ser una fecha y hora UTC.</translation>
    </message>
    <message>
        <source>%1 cannot be &quot;%2&quot;.</source>
        <translation>%1 no puede ser &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a valid record id.</source>
        <translation>%1 no es un identificador de registro válido.</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 content hash.</source>
        <translation>%1 no es un hash de contenido SHA-256.</translation>
    </message>
    <message>
        <source>%1 cannot be negative (%2).</source>
        <translation>%1 no puede ser negativo (%2).</translation>
    </message>
</context>
<context>
    <name>score::FindingDialog</name>
    <message>
        <source>New finding</source>
        <translation>Nuevo hallazgo</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>What was found, in a few words</source>
        <translation>Lo que se encontró, en pocas palabras</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Where in the factory</source>
        <translation>Dónde, en la fábrica</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What was seen, and why it matters</source>
        <translation>Lo que se vio y por qué es importante</translation>
    </message>
    <message>
        <source>&amp;Finding</source>
        <translation>&amp;Hallazgo</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Gravedad</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>Á&amp;rea</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Agregar hallazgo</translation>
    </message>
    <message>
        <source>Changes are saved as you go; Ctrl+Z undoes them.</source>
        <translation>Los cambios se guardan a medida que avanza; Ctrl+Z los deshace.</translation>
    </message>
    <message>
        <source>Discard this finding? What you typed will be lost.</source>
        <translation>¿Descartar este hallazgo? Se perderá lo que escribió.</translation>
    </message>
</context>
<context>
    <name>score::FindingListModel</name>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Photos of the finding</source>
        <translation>Fotos del hallazgo</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
</context>
<context>
    <name>score::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Findings of the visit</source>
        <translation>Hallazgos de la visita</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Add a finding (%1)</source>
        <translation>Agregar un hallazgo (%1)</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Agregar hallazgo</translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation>Editar hallazgo</translation>
    </message>
    <message>
        <source>Change the selected finding (Enter)</source>
        <translation>Modificar el hallazgo seleccionado (Enter)</translation>
    </message>
    <message>
        <source>Remove finding</source>
        <translation>Quitar hallazgo</translation>
    </message>
    <message>
        <source>Remove the selected finding and its photos (Delete)</source>
        <translation>Quitar el hallazgo seleccionado y sus fotos (Supr)</translation>
    </message>
    <message>
        <source>Remove finding “%1”</source>
        <translation>Quitar el hallazgo “%1”</translation>
    </message>
    <message>
        <source>Finding removed; %1 brings it back.</source>
        <translation>Hallazgo quitado; %1 lo recupera.</translation>
    </message>
</context>
<context>
    <name>score::HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 por %2 en %3</translation>
    </message>
    <message>
        <source>%1 by %2 on %3, as relayed by %4: its bundle&apos;s signature proves that %4 sent the change, not that %3 made it</source>
        <translation>%1 por %2 en %3, según lo retransmitió %4: la firma de su paquete prueba que %4 envió el cambio, no que %3 lo hiciera</translation>
    </message>
    <message>
        <source>%1 · %2 · relayed by %3</source>
        <translation>%1 · %2 · retransmitido por %3</translation>
    </message>
</context>
<context>
    <name>score::HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Changes to this record, newest first</source>
        <translation>Cambios de este registro, del más reciente al más antiguo</translation>
    </message>
    <message>
        <source>No history for this record yet.</source>
        <translation>Aún no hay historial para este registro.</translation>
    </message>
    <message>
        <source>Select a record to see its history.</source>
        <translation>Seleccione un registro para ver su historial.</translation>
    </message>
</context>
<context>
    <name>score::ImportChangesModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificados</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminados</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurados</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
</context>
<context>
    <name>score::ImportFlow</name>
    <message>
        <source>There is no bundle at %1.</source>
        <translation>No hay ningún paquete en %1.</translation>
    </message>
    <message>
        <source>A temporary folder cannot be created to open the protected bundle.</source>
        <translation>No se puede crear una carpeta temporal para abrir el paquete protegido.</translation>
    </message>
</context>
<context>
    <name>score::ImportPreviewDialog</name>
    <message>
        <source>Nothing would change here, but values that clash with changes made here would be kept for your review (%1).</source>
        <translation>Aquí no cambiaría nada, pero los valores que chocan con cambios hechos aquí se conservarían para que usted los revise (%1).</translation>
    </message>
    <message>
        <source>Nothing would change here: this workspace already has everything in the bundle.</source>
        <translation>Aquí no cambiaría nada: este espacio de trabajo ya tiene todo lo que contiene el paquete.</translation>
    </message>
    <message>
        <source>new records: %1</source>
        <translation>registros nuevos: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>modificados: %1</translation>
    </message>
    <message>
        <source>deleted: %1</source>
        <translation>eliminados: %1</translation>
    </message>
    <message>
        <source>restored: %1</source>
        <translation>restaurados: %1</translation>
    </message>
    <message>
        <source>new photos and documents: %1</source>
        <translation>fotos y documentos nuevos: %1</translation>
    </message>
    <message>
        <source>If you import it — %1.</source>
        <translation>Si lo importa: %1.</translation>
    </message>
    <message>
        <source>Values that clash with changes made here: %1; the later change wins, the other is kept for your review.</source>
        <translation>Valores que chocan con cambios hechos aquí: %1; el cambio más reciente prevalece y el otro se conserva para que usted lo revise.</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <source>Import “%1”?</source>
        <translation>¿Importar “%1”?</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Aún no se ha escrito nada.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Dispositivo:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>a new key for this device, which you chose to trust</source>
        <translation>una clave nueva para este dispositivo, en la que usted decidió confiar</translation>
    </message>
    <message>
        <source>the same key as its earlier bundles</source>
        <translation>la misma clave que sus paquetes anteriores</translation>
    </message>
    <message>
        <source>the first bundle from this device: compare the fingerprint with the one its user sees in Sync ▸ Devices</source>
        <translation>el primer paquete de este dispositivo: compare la huella con la que su usuario ve en Sincronización ▸ Dispositivos</translation>
    </message>
    <message>
        <source>Signed with:</source>
        <translation>Firmado con:</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>Everything on that device</source>
        <translation>Todo lo que hay en ese dispositivo</translation>
    </message>
    <message>
        <source>The changes this workspace had not seen yet</source>
        <translation>Los cambios que este espacio de trabajo aún no había visto</translation>
    </message>
    <message>
        <source>The work of some enterprises (%1)</source>
        <translation>El trabajo de algunas empresas (%1)</translation>
    </message>
    <message>
        <source>The work of a cohort or some enterprises (%1)</source>
        <translation>El trabajo de una cohorte o de algunas empresas (%1)</translation>
    </message>
    <message>
        <source> · %1 records · %2</source>
        <translation> · %1 registros · %2</translation>
    </message>
    <message>
        <source> · protected by a passphrase</source>
        <translation> · protegido con frase de contraseña</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Contenido:</translation>
    </message>
    <message>
        <source>Imported before:</source>
        <translation>Importado antes:</translation>
    </message>
    <message>
        <source>Yes, on %1. Importing it again changes nothing that is not already here.</source>
        <translation>Sí, el %1. Volver a importarlo no cambia nada que no esté ya aquí.</translation>
    </message>
    <message>
        <source>What the import would change</source>
        <translation>Lo que cambiaría la importación</translation>
    </message>
    <message>
        <source>Records in the bundle that are already up to date here: %1.</source>
        <translation>Registros del paquete que ya están actualizados aquí: %1.</translation>
    </message>
    <message>
        <source>You agreed that this bundle deletes many records (%1); they will stay in the recycle bin.</source>
        <translation>Usted aceptó que este paquete elimine muchos registros (%1); quedarán en la papelera.</translation>
    </message>
    <message>
        <source>SCORE Desk copies this workspace before importing; Sync ▸ Backups can bring that copy back.</source>
        <translation>SCORE Desk copia este espacio de trabajo antes de importar; Sincronización ▸ Copias de seguridad puede recuperar esa copia.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>score::ItemPhotos</name>
    <message>
        <source>No photo of this item yet.</source>
        <translation>Aún no hay fotos de este ítem.</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>Agregar foto…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Photos of this item</source>
        <translation>Fotos de este ítem</translation>
    </message>
    <message>
        <source>Double-click a photo to see it larger</source>
        <translation>Haga doble clic en una foto para verla más grande</translation>
    </message>
    <message>
        <source>Attach photos of evidence to this item</source>
        <translation>Adjuntar fotos como evidencia a este ítem</translation>
    </message>
    <message>
        <source>Remove the selected photo from this item</source>
        <translation>Quitar la foto seleccionada de este ítem</translation>
    </message>
    <message>
        <source>Add photos to item %1</source>
        <translation>Agregar fotos al ítem %1</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Imágenes (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Add %n photo(s) to item %1</source>
        <translation>
            <numerusform>Agregar %n foto al ítem %1</numerusform>
            <numerusform>Agregar %n fotos al ítem %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove photo %1 from item %2</source>
        <translation>Quitar la foto %1 del ítem %2</translation>
    </message>
    <message>
        <source>Item %1 — %2</source>
        <translation>Ítem %1 — %2</translation>
    </message>
</context>
<context>
    <name>score::KpiCharts</name>
    <message>
        <source>Better than baseline</source>
        <translation>Mejor que la línea de base</translation>
    </message>
    <message>
        <source>Worse than baseline</source>
        <translation>Peor que la línea de base</translation>
    </message>
    <message>
        <source>%1 — no KPI has both a baseline and a follow-up reading yet</source>
        <translation>%1: ningún KPI tiene todavía una lectura de línea de base y otra de seguimiento</translation>
    </message>
    <message>
        <source>%1 (%2) by month</source>
        <translation>%1 (%2) por mes</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Baseline readings</source>
        <translation>Lecturas de línea de base</translation>
    </message>
    <message>
        <source>Baseline (mean)</source>
        <translation>Línea de base (media)</translation>
    </message>
    <message>
        <source>Before and after (%1)</source>
        <translation>Antes y después (%1)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>%1 (%2) — no readings yet</source>
        <translation>%1 (%2) — aún sin lecturas</translation>
    </message>
</context>
<context>
    <name>score::KpiMetrics</name>
    <message>
        <source>The value is not a number.</source>
        <translation>El valor no es un número.</translation>
    </message>
    <message>
        <source>KPI values and counts cannot be negative.</source>
        <translation>Los valores y conteos de los KPI no pueden ser negativos.</translation>
    </message>
    <message>
        <source>The denominator (%1) cannot be zero.</source>
        <translation>El denominador (%1) no puede ser cero.</translation>
    </message>
    <message>
        <source>A share cannot be above 100 %: check that %1 is not larger than %2.</source>
        <translation>Una proporción no puede superar el 100 %: verifique que %1 no sea mayor que %2.</translation>
    </message>
    <message>
        <source>This value is more than twenty times away from the usual %1; check the figures and the unit (%2).</source>
        <translation>Este valor se aleja más de veinte veces del habitual %1; revise las cifras y la unidad (%2).</translation>
    </message>
</context>
<context>
    <name>score::KpiReadingDialog</name>
    <message>
        <source>Record %1</source>
        <translation>Registrar %1</translation>
    </message>
    <message>
        <source>%1 · unit %2 · %3 is better.</source>
        <translation>%1 · unidad: %2 · %3 es mejor.</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>menor</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>mayor</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation>Ingrese %1.</translation>
    </message>
    <message>
        <source>the value</source>
        <translation>el valor</translation>
    </message>
    <message>
        <source>%1 must be more than zero.</source>
        <translation>%1 debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Record %1 for %2</source>
        <translation>Registrar %1 para %2</translation>
    </message>
</context>
<context>
    <name>score::KpiReadingModel</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numerador</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Denominador</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>score::KpiSummaryModel</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>%1 (%2). %3 is better. %4</source>
        <translation>%1 (%2). %3 es mejor. %4</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Menor</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>Mayor</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Mejora</translation>
    </message>
</context>
<context>
    <name>score::KpiView</name>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <source>Improvement against baseline</source>
        <translation>Mejora respecto a la línea de base</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Antes y después</translation>
    </message>
    <message>
        <source>Record reading…</source>
        <translation>Registrar lectura…</translation>
    </message>
    <message>
        <source>Delete reading</source>
        <translation>Eliminar lectura</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Record this month&apos;s reading of the chosen KPI (Ctrl+R)</source>
        <translation>Registrar la lectura de este mes del KPI elegido (Ctrl+R)</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Módulo:</translation>
    </message>
    <message>
        <source>Monthly readings of the chosen KPI</source>
        <translation>Lecturas mensuales del KPI elegido</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Todos los módulos</translation>
    </message>
    <message>
        <source>Improvement against baseline — %1</source>
        <translation>Mejora respecto a la línea de base — %1</translation>
    </message>
    <message>
        <source>Choose an enterprise.</source>
        <translation>Elija una empresa.</translation>
    </message>
    <message>
        <source>No KPI readings yet for this enterprise and module.</source>
        <translation>Aún no hay lecturas de KPI para esta empresa y este módulo.</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>menor es mejor</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>mayor es mejor</translation>
    </message>
    <message>
        <source>%1: %2 → %3 %4 (%5), that is %6 % %7 than the baseline.</source>
        <translation>%1: %2 → %3 %4 (%5), es decir, %6 % %7 que la línea de base.</translation>
    </message>
    <message>
        <source>%1: %2 → %3 %4 (%5), unchanged from the baseline.</source>
        <translation>%1: %2 → %3 %4 (%5), sin cambio respecto de la línea de base.</translation>
    </message>
    <message>
        <source>better</source>
        <translation>mejor</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>peor</translation>
    </message>
    <message>
        <source>%1 (%2): a baseline and a follow-up reading are needed to show the change.</source>
        <translation>%1 (%2): se necesitan una lectura de línea de base y una de seguimiento para mostrar el cambio.</translation>
    </message>
    <message>
        <source>Delete KPI reading</source>
        <translation>Eliminar lectura de KPI</translation>
    </message>
    <message>
        <source>SCORE Desk</source>
        <translation>SCORE Desk</translation>
    </message>
    <message>
        <source>%1: no readings yet for this enterprise. Record the baseline with “Record reading…”.</source>
        <translation>%1: esta empresa aún no tiene lecturas. Registre la línea de base con “Registrar lectura…”.</translation>
    </message>
</context>
<context>
    <name>score::Labels</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Peligro</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Role in the cohort</source>
        <translation>Rol en la cohorte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Completada el</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Estimated savings</source>
        <translation>Ahorro estimado</translation>
    </message>
    <message>
        <source>Verified savings</source>
        <translation>Ahorro verificado</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Causa raíz</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>Approval comment</source>
        <translation>Comentario de aprobación</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation>Fecha de aprobación</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>KPI before</source>
        <translation>KPI antes</translation>
    </message>
    <message>
        <source>KPI after</source>
        <translation>KPI después</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Permanent staff</source>
        <translation>Personal permanente</translation>
    </message>
    <message>
        <source>Temporary staff</source>
        <translation>Personal temporal</translation>
    </message>
    <message>
        <source>Supply-chain tier</source>
        <translation>Nivel en la cadena de suministro</translation>
    </message>
    <message>
        <source>Main buyers</source>
        <translation>Principales compradores</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Inscrita el</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Tipo de empleo</translation>
    </message>
    <message>
        <source>Role in the EIT</source>
        <translation>Rol en el EIT</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Ingresó el</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Salió el</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Duration (hours)</source>
        <translation>Duración (horas)</translation>
    </message>
    <message>
        <source>Women taking part</source>
        <translation>Mujeres participantes</translation>
    </message>
    <message>
        <source>Men taking part</source>
        <translation>Hombres participantes</translation>
    </message>
    <message>
        <source>Managers present</source>
        <translation>Directivos presentes</translation>
    </message>
    <message>
        <source>Workers present</source>
        <translation>Trabajadores presentes</translation>
    </message>
    <message>
        <source>EIT met</source>
        <translation>Se reunió el EIT</translation>
    </message>
    <message>
        <source>Projects reviewed</source>
        <translation>Proyectos revisados</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Próxima visita</translation>
    </message>
    <message>
        <source>Signed by the counsellor on</source>
        <translation>Firmado por el asesor el</translation>
    </message>
    <message>
        <source>Signed by the manager on</source>
        <translation>Firmado por el gerente el</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Evaluado el</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numerador</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Denominador</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Presentado el</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Implemented on</source>
        <translation>Implementada el</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Comentario de revisión</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>En espera de aprobación</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelta</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completa</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Implementada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Controlled</source>
        <translation>Controlado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Classroom session</source>
        <translation>Sesión en aula</translation>
    </message>
    <message>
        <source>Baseline visit</source>
        <translation>Visita de línea de base</translation>
    </message>
    <message>
        <source>Factory visit</source>
        <translation>Visita a la fábrica</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>Visita de seguimiento</translation>
    </message>
    <message>
        <source>Final visit</source>
        <translation>Visita final</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Trabajadores</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Permanente</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporal</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Expert trainer</source>
        <translation>Formador experto</translation>
    </message>
    <message>
        <source>Programme staff</source>
        <translation>Personal del programa</translation>
    </message>
    <message>
        <source>Enterprise manager</source>
        <translation>Gerente de la empresa</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Trabajador</translation>
    </message>
    <message>
        <source>Garments and textiles</source>
        <translation>Confecciones y textiles</translation>
    </message>
    <message>
        <source>Food processing</source>
        <translation>Procesamiento de alimentos</translation>
    </message>
    <message>
        <source>Auto parts</source>
        <translation>Autopartes</translation>
    </message>
    <message>
        <source>Furniture and wood</source>
        <translation>Muebles y madera</translation>
    </message>
    <message>
        <source>Electronics</source>
        <translation>Electrónica</translation>
    </message>
    <message>
        <source>Plastics</source>
        <translation>Plásticos</translation>
    </message>
    <message>
        <source>Printing and packaging</source>
        <translation>Artes gráficas y empaques</translation>
    </message>
    <message>
        <source>Tourism and hotels</source>
        <translation>Turismo y hotelería</translation>
    </message>
    <message>
        <source>Construction materials</source>
        <translation>Materiales de construcción</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>Productividad</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Medio ambiente</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Lugar de trabajo</translation>
    </message>
    <message>
        <source>Elimination</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <source>Substitution</source>
        <translation>Sustitución</translation>
    </message>
    <message>
        <source>Engineering control</source>
        <translation>Control de ingeniería</translation>
    </message>
    <message>
        <source>Administrative control</source>
        <translation>Control administrativo</translation>
    </message>
    <message>
        <source>Personal protective equipment</source>
        <translation>Equipo de protección personal</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Residuos</translation>
    </message>
    <message>
        <source>Chemical</source>
        <translation>Químico</translation>
    </message>
    <message>
        <source>Workplace Cooperation</source>
        <translation>Cooperación en el lugar de trabajo</translation>
    </message>
    <message>
        <source>Quality Management</source>
        <translation>Gestión de la calidad</translation>
    </message>
    <message>
        <source>Cleaner Production</source>
        <translation>Producción más limpia</translation>
    </message>
    <message>
        <source>Workforce Management</source>
        <translation>Gestión del personal</translation>
    </message>
    <message>
        <source>Safety and Health</source>
        <translation>Seguridad y salud</translation>
    </message>
    <message>
        <source>City or region</source>
        <translation>Ciudad o región</translation>
    </message>
    <message>
        <source>Implementing institution</source>
        <translation>Institución ejecutora</translation>
    </message>
    <message>
        <source>Planned modules</source>
        <translation>Módulos previstos</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>Archivado el</translation>
    </message>
    <message>
        <source>Trainers and counsellors</source>
        <translation>Formadores y asesores</translation>
    </message>
</context>
<context>
    <name>score::LimitedLineEdit</name>
    <message numerus="yes">
        <source>The text is %n character(s) over the limit of %1: shorten it to save it.</source>
        <translation>
            <numerusform>El texto tiene %n carácter más que el límite de %1: acórtelo para guardarlo.</numerusform>
            <numerusform>El texto tiene %n caracteres más que el límite de %1: acórtelo para guardarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n character(s) over the limit of %2: shorten it to save it.</source>
        <translation>
            <numerusform>«%1» tiene %n carácter más que el límite de %2: acórtelo para guardarlo.</numerusform>
            <numerusform>«%1» tiene %n caracteres más que el límite de %2: acórtelo para guardarlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>score::MainWindow</name>
    <message>
        <source>%1 — SCORE Desk</source>
        <translation>%1 — SCORE Desk</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Working as </source>
        <translation>Trabajando como </translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Abrir el espacio de trabajo de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Work &amp;as</source>
        <translation>Trabajar &amp;como</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About SCORE Desk</source>
        <translation>&amp;Acerca de SCORE Desk</translation>
    </message>
    <message>
        <source>About SCORE Desk</source>
        <translation>Acerca de SCORE Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SCORE Desk %1&lt;/h3&gt;&lt;p&gt;Offline-first workbench for counsellors, enterprise managers and trainers of the ILO SCORE programme (Sustaining Competitive and Responsible Enterprises).&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;br&gt;Device: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SCORE Desk %1&lt;/h3&gt;&lt;p&gt;Herramienta de trabajo sin conexión para asesores, gerentes de empresa y formadores del programa SCORE de la OIT (Empresas Sostenibles, Competitivas y Responsables).&lt;/p&gt;&lt;p&gt;Espacio de trabajo: %2&lt;br&gt;Dispositivo: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · device %2 · %3</source>
        <translation>%1 · dispositivo %2 · %3</translation>
    </message>
    <message>
        <source>All changes shared</source>
        <translation>Todos los cambios compartidos</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet in a bundle</source>
        <translation>
            <numerusform>%n cambio aún no incluido en un paquete</numerusform>
            <numerusform>%n cambios aún no incluidos en un paquete</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>Sin conflictos</translation>
    </message>
    <message numerus="yes">
        <source>&lt;a href=&quot;sync&quot;&gt;%n conflict(s) to review&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;a href=&quot;sync&quot;&gt;%n conflicto por revisar&lt;/a&gt;</numerusform>
            <numerusform>&lt;a href=&quot;sync&quot;&gt;%n conflictos por revisar&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no view called &quot;%1&quot;; the views are: %2.</source>
        <translation>No existe ninguna vista llamada &quot;%1&quot;; las vistas son: %2.</translation>
    </message>
    <message>
        <source>The screenshot could not be written to %1.</source>
        <translation>No se pudo escribir la captura de pantalla en %1.</translation>
    </message>
    <message>
        <source>SCORE Desk cannot open %1 here: open a bundle (.scorebundle) or a workspace (.scoredesk).</source>
        <translation>SCORE Desk no puede abrir %1 aquí: abra un paquete (.scorebundle) o un espacio de trabajo (.scoredesk).</translation>
    </message>
    <message>
        <source>SCORE Desk</source>
        <translation>SCORE Desk</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>SCORE Desk will speak %1 the next time it starts.</source>
        <translation>SCORE Desk usará %1 la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Find &amp;enterprise</source>
        <translation>Buscar &amp;empresa</translation>
    </message>
    <message>
        <source>No enterprise yet</source>
        <translation>Todavía no hay ninguna empresa</translation>
    </message>
    <message>
        <source>New enterprise…</source>
        <translation>Nueva empresa…</translation>
    </message>
    <message>
        <source>New cohort…</source>
        <translation>Nueva cohorte…</translation>
    </message>
    <message>
        <source>Import from a spreadsheet…</source>
        <translation>Importar de una hoja de cálculo…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Workspace…</source>
        <translation>&amp;Espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Cohort…</source>
        <translation>&amp;Cohorte…</translation>
    </message>
    <message>
        <source>&amp;Enterprise…</source>
        <translation>&amp;Empresa…</translation>
    </message>
    <message>
        <source>&amp;Person…</source>
        <translation>&amp;Persona…</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Importar de una hoja de cálculo…</translation>
    </message>
    <message>
        <source>E&amp;xport to a spreadsheet…</source>
        <translation>E&amp;xportar a una hoja de cálculo…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Personas…</translation>
    </message>
    <message>
        <source>Show &amp;archived cohorts and enterprises</source>
        <translation>Mostrar cohortes y empresas &amp;archivadas</translation>
    </message>
    <message>
        <source>%1 shows the work of one enterprise. Add the first enterprise of your cohort, or bring the programme&apos;s enterprises in from a spreadsheet.</source>
        <translation>%1 muestra el trabajo de una empresa. Añada la primera empresa de su cohorte o importe las empresas del programa desde una hoja de cálculo.</translation>
    </message>
    <message>
        <source>The window cannot be made %1×%2; it was pictured at %3×%4.</source>
        <translation>La ventana no puede medir %1×%2; se capturó a %3×%4.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;sync&quot;&gt;Changes dated after today: held back&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;sync&quot;&gt;Cambios con fecha posterior a hoy: retenidos&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>score::ModuleProgressModel</name>
    <message>
        <source>not started</source>
        <translation>sin iniciar</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencida</numerusform>
            <numerusform>%n vencidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>First score</source>
        <translation>Primer puntaje</translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation>Último puntaje</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Acciones abiertas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizadas</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Informe de avance</translation>
    </message>
</context>
<context>
    <name>score::NavigationModel</name>
    <message>
        <source>Not in a cohort</source>
        <translation>Sin cohorte</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 enterprises</source>
        <translation>%1 · %2 · %3 empresas</translation>
    </message>
    <message>
        <source>%1, %2 · %3 open actions, %4 overdue</source>
        <translation>%1, %2 · %3 acciones abiertas, %4 vencidas</translation>
    </message>
    <message>
        <source>Cohorts and enterprises</source>
        <translation>Cohortes y empresas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivada)</translation>
    </message>
</context>
<context>
    <name>score::NavigationPane</name>
    <message>
        <source>Filter enterprises (Ctrl+F)</source>
        <translation>Filtrar empresas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter enterprises</source>
        <translation>Filtrar empresas</translation>
    </message>
    <message>
        <source>Cohorts and enterprises</source>
        <translation>Cohortes y empresas</translation>
    </message>
    <message>
        <source>No cohorts yet</source>
        <translation>Todavía no hay cohortes</translation>
    </message>
    <message>
        <source>New cohort…</source>
        <translation>Nueva cohorte…</translation>
    </message>
    <message>
        <source>New enterprise…</source>
        <translation>Nueva empresa…</translation>
    </message>
    <message>
        <source>New enterprise in this cohort…</source>
        <translation>Nueva empresa en esta cohorte…</translation>
    </message>
    <message>
        <source>Change the cohort…</source>
        <translation>Cambiar la cohorte…</translation>
    </message>
    <message>
        <source>Bring back from the archive</source>
        <translation>Recuperar del archivo</translation>
    </message>
    <message>
        <source>Archive the cohort</source>
        <translation>Archivar la cohorte</translation>
    </message>
    <message>
        <source>Delete the cohort…</source>
        <translation>Eliminar la cohorte…</translation>
    </message>
    <message>
        <source>New member of its improvement team…</source>
        <translation>Nuevo miembro de su equipo de mejora…</translation>
    </message>
    <message>
        <source>Move to cohort</source>
        <translation>Mover a la cohorte</translation>
    </message>
    <message>
        <source>Archive the enterprise</source>
        <translation>Archivar la empresa</translation>
    </message>
    <message>
        <source>Delete the enterprise…</source>
        <translation>Eliminar la empresa…</translation>
    </message>
    <message>
        <source>Your cohorts and their enterprises will be listed here. File ▸ New adds them: a cohort with Ctrl+Shift+C, an enterprise with Ctrl+Shift+E.</source>
        <translation>Aquí aparecerán sus cohortes y sus empresas. Archivo ▸ Nuevo las añade: una cohorte con Ctrl+Shift+C, una empresa con Ctrl+Shift+E.</translation>
    </message>
</context>
<context>
    <name>score::NewActionDialog</name>
    <message>
        <source>Add improvement action</source>
        <translation>Agregar acción de mejora</translation>
    </message>
    <message>
        <source>A new proposed action in the improvement plan of &lt;b&gt;%1&lt;/b&gt;. The enterprise&apos;s manager approves it.</source>
        <translation>Una nueva acción propuesta en el plan de mejora de &lt;b&gt;%1&lt;/b&gt;. El gerente de la empresa la aprueba.</translation>
    </message>
    <message>
        <source>What will be done, e.g. “Fix compressed-air leaks in the sewing hall”</source>
        <translation>Qué se hará, p. ej. “Reparar las fugas de aire comprimido en la sala de costura”</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Módulo:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Fecha límite:</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Agregar acción</translation>
    </message>
</context>
<context>
    <name>score::NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Kind of assessment</source>
        <translation>Tipo de evaluación</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Fecha de la evaluación</translation>
    </message>
    <message>
        <source>M%1 · %2</source>
        <translation>M%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>&amp;Módulo</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message numerus="yes">
        <source>Checklist: %1, version %2 (released %3), %n item(s).</source>
        <translation>
            <numerusform>Lista de verificación: %1, versión %2 (publicada el %3), %n ítem.</numerusform>
            <numerusform>Lista de verificación: %1, versión %2 (publicada el %3), %n ítems.</numerusform>
        </translation>
    </message>
    <message>
        <source>No %1 checklist is in force on this date.</source>
        <translation>No hay ninguna lista de verificación de %1 vigente en esta fecha.</translation>
    </message>
    <message>
        <source>Linked to the %1 of %2.</source>
        <translation>Vinculada a la %1 del %2.</translation>
    </message>
    <message>
        <source>Not linked to a visit (the current visit is of another module).</source>
        <translation>No vinculada a una visita (la visita actual es de otro módulo).</translation>
    </message>
</context>
<context>
    <name>score::NewVisitDialog</name>
    <message>
        <source>New visit to %1</source>
        <translation>Nueva visita a %1</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nueva visita</translation>
    </message>
    <message>
        <source>Type of visit</source>
        <translation>Tipo de visita</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Fecha de la visita</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <source>Start an assessment with the module&apos;s checklist</source>
        <translation>Iniciar una evaluación con la lista de verificación del módulo</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>&amp;Módulo</translation>
    </message>
    <message>
        <source>&amp;Counsellor</source>
        <translation>&amp;Asesor</translation>
    </message>
    <message>
        <source>Create visit</source>
        <translation>Crear visita</translation>
    </message>
    <message>
        <source>No checklist for a classroom session</source>
        <translation>Sin lista de verificación para una sesión en aula</translation>
    </message>
    <message>
        <source>No checklist for this module on this date</source>
        <translation>No hay lista de verificación para este módulo en esta fecha</translation>
    </message>
    <message>
        <source>&amp;Start a %1 assessment</source>
        <translation>&amp;Iniciar una evaluación (%1)</translation>
    </message>
    <message>
        <source>With the checklist %1.</source>
        <translation>Con la lista de verificación %1.</translation>
    </message>
</context>
<context>
    <name>score::NewWorkspaceDialog</name>
    <message>
        <source>Create a workspace</source>
        <translation>Crear un espacio de trabajo</translation>
    </message>
    <message>
        <source>A workspace holds your cohorts, enterprises and visits in one file on this laptop. You appear in it by name, next to every change you make.</source>
        <translation>Un espacio de trabajo guarda sus cohortes, empresas y visitas en un solo archivo en este portátil. Su nombre aparece junto a cada cambio que haga.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Su función</translation>
    </message>
    <message>
        <source>Your gender</source>
        <translation>Su género</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Archivo del espacio de trabajo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Su &amp;nombre</translation>
    </message>
    <message>
        <source>Your &amp;role</source>
        <translation>Su &amp;función</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Género</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>SCORE Desk workspaces (*.scoredesk)</source>
        <translation>Espacios de trabajo de SCORE Desk (*.scoredesk)</translation>
    </message>
    <message>
        <source>Give your name: colleagues see it next to your changes.</source>
        <translation>Indique su nombre: sus colegas lo verán junto a sus cambios.</translation>
    </message>
    <message>
        <source>Say where to keep the workspace.</source>
        <translation>Indique dónde guardar el espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name, or open it with File ▸ Open workspace.</source>
        <translation>%1 ya existe; elija otro nombre o ábralo con Archivo ▸ Abrir espacio de trabajo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
</context>
<context>
    <name>score::PdfReportWriter</name>
    <message>
        <source>The PDF could not be started.</source>
        <translation>No se pudo iniciar el PDF.</translation>
    </message>
    <message>
        <source>The PDF could not get a new page.</source>
        <translation>No se pudo agregar una página nueva al PDF.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>No se pudo terminar el PDF.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
</context>
<context>
    <name>score::PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Filter by name, role or enterprise</source>
        <translation>Filtrar por nombre, función o empresa</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filtrar personas</translation>
    </message>
    <message>
        <source>No one yet. Add the programme&apos;s counsellors and trainers here; the people of an enterprise are added from its profile (Enterprises ▸ Enterprise Improvement Team).</source>
        <translation>Todavía no hay nadie. Añada aquí a los asesores y formadores del programa; las personas de una empresa se añaden desde su perfil (Empresas ▸ Equipo de Mejora de la Empresa).</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nueva persona…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
</context>
<context>
    <name>score::PeopleModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivado)</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Works for</source>
        <translation>Trabaja para</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
</context>
<context>
    <name>score::PhotoViewer</name>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Open in another application</source>
        <translation>Abrir en otra aplicación</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Caption: what the photo shows</source>
        <translation>Leyenda: lo que muestra la foto</translation>
    </message>
    <message>
        <source>Previous photo (Left)</source>
        <translation>Foto anterior (Izquierda)</translation>
    </message>
    <message>
        <source>Next photo (Right)</source>
        <translation>Foto siguiente (Derecha)</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>&amp;Leyenda</translation>
    </message>
    <message>
        <source>of the visit</source>
        <translation>de la visita</translation>
    </message>
    <message>
        <source>of the finding “%1”</source>
        <translation>del hallazgo “%1”</translation>
    </message>
    <message>
        <source>%1, %2 · Left and Right show the other photos.</source>
        <translation>%1, %2 · Izquierda y Derecha muestran las demás fotos.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Photo — %1</source>
        <translation>Foto — %1</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>No se pudo escribir %1 (%2).</translation>
    </message>
    <message>
        <source>The document could not be prepared for opening (%1).</source>
        <translation>No se pudo preparar el documento para abrirlo (%1).</translation>
    </message>
    <message>
        <source>No application on this computer opens %1.</source>
        <translation>Ninguna aplicación de este computador abre %1.</translation>
    </message>
</context>
<context>
    <name>score::PlanView</name>
    <message>
        <source>Improvement actions</source>
        <translation>Acciones de mejora</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Eliminar acción</translation>
    </message>
    <message>
        <source>Filter actions</source>
        <translation>Filtrar acciones</translation>
    </message>
    <message>
        <source>Plans shown</source>
        <translation>Planes mostrados</translation>
    </message>
    <message>
        <source>This enterprise</source>
        <translation>Esta empresa</translation>
    </message>
    <message>
        <source>All enterprises</source>
        <translation>Todas las empresas</translation>
    </message>
    <message>
        <source>Trainers can follow the plans of every enterprise at once</source>
        <translation>Los formadores pueden seguir los planes de todas las empresas a la vez</translation>
    </message>
    <message>
        <source>Filter actions (Ctrl+F)</source>
        <translation>Filtrar acciones (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows the actions whose title, area, owner or enterprise contain every word typed</source>
        <translation>Muestra las acciones cuyo título, área, responsable o empresa contienen todas las palabras escritas</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <source>Show the plan as a table</source>
        <translation>Mostrar el plan como tabla</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>Ta&amp;blero</translation>
    </message>
    <message>
        <source>Show the plan as a board with one column per status</source>
        <translation>Mostrar el plan como un tablero con una columna por estado</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Show or hide the selected action&apos;s details (F4)</source>
        <translation>Mostrar u ocultar los detalles de la acción seleccionada (F4)</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Agregar acción…</translation>
    </message>
    <message>
        <source>Add an improvement action to the enterprise&apos;s plan</source>
        <translation>Agregar una acción de mejora al plan de la empresa</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Mover a</translation>
    </message>
    <message>
        <source>Give the selected action another status</source>
        <translation>Asignar otro estado a la acción seleccionada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Move the selected action to the recycle bin (Delete; undo with Ctrl+Z)</source>
        <translation>Mover la acción seleccionada a la papelera (Supr; deshacer con Ctrl+Z)</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Todos los módulos</translation>
    </message>
    <message>
        <source>No improvement actions yet. Add the first one with “Add action…”.</source>
        <translation>Aún no hay acciones de mejora. Agregue la primera con “Agregar acción…”.</translation>
    </message>
    <message>
        <source>Choose an enterprise to see its improvement plan.</source>
        <translation>Elija una empresa para ver su plan de mejora.</translation>
    </message>
    <message>
        <source>1 action</source>
        <translation>1 acción</translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation>%1 acciones</translation>
    </message>
    <message>
        <source>Showing %1 of 1 action</source>
        <translation>Mostrando %1 de 1 acción</translation>
    </message>
    <message>
        <source>Showing %1 of %2 actions</source>
        <translation>Mostrando %1 de %2 acciones</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>abiertas: %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b02a1a&quot;&gt;&lt;b&gt;%1 overdue&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b02a1a&quot;&gt;&lt;b&gt;vencidas: %1&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>estimated savings %1</source>
        <translation>ahorro estimado: %1</translation>
    </message>
    <message>
        <source>verified savings %1</source>
        <translation>ahorro verificado: %1</translation>
    </message>
    <message>
        <source>Delete action “%1”</source>
        <translation>Eliminar la acción “%1”</translation>
    </message>
    <message>
        <source>Choose an enterprise before adding an action to its plan.</source>
        <translation>Elija una empresa antes de agregar una acción a su plan.</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Mover a</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Devolver…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Plan de mejora</translation>
    </message>
</context>
<context>
    <name>score::ProgrammeActions</name>
    <message>
        <source>Archive “%1”</source>
        <translation>Archivar “%1”</translation>
    </message>
    <message>
        <source>Bring back “%1”</source>
        <translation>Recuperar “%1”</translation>
    </message>
    <message>
        <source>SCORE Desk</source>
        <translation>SCORE Desk</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Mover “%1” a %2</translation>
    </message>
    <message>
        <source>Delete the cohort “%1”?</source>
        <translation>¿Eliminar la cohorte “%1”?</translation>
    </message>
    <message>
        <source>Delete “%1” with its visits, checklists, plan, KPI readings and team?</source>
        <translation>¿Eliminar “%1” con sus visitas, listas de verificación, plan, lecturas de KPI y equipo?</translation>
    </message>
    <message>
        <source>Delete %1 and their place in an improvement team?</source>
        <translation>¿Eliminar a %1 y su puesto en un equipo de mejora?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>It goes to the recycle bin; Edit ▸ Undo brings it back.</source>
        <translation>Irá a la papelera; Editar ▸ Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Eliminar “%1”</translation>
    </message>
    <message>
        <source>Import cohorts, enterprises and people</source>
        <translation>Importar cohortes, empresas y personas</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Hojas de cálculo (*.xlsx *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files, one per kind (*.csv)</source>
        <translation>Archivos CSV, uno por tipo (*.csv)</translation>
    </message>
    <message>
        <source>Export cohorts, enterprises and people</source>
        <translation>Exportar cohortes, empresas y personas</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Wrote %1. Fill it in or correct it, then import it with File ▸ Import from a spreadsheet.</source>
        <translation>Se escribió %1. Complételo o corríjalo y luego impórtelo con Archivo ▸ Importar de una hoja de cálculo.</translation>
    </message>
</context>
<context>
    <name>score::ProgrammeEditor</name>
    <message>
        <source>There is no %1 with the id %2.</source>
        <translation>No existe ningún %1 con el identificador %2.</translation>
    </message>
    <message>
        <source>There is no country “%1”; give its two-letter code, such as VN, ID or GH.</source>
        <translation>No existe el país “%1”; indique su código de dos letras, como VN, ID o GH.</translation>
    </message>
    <message>
        <source>There is no %1 called “%2”.</source>
        <translation>No hay ningún %1 llamado “%2”.</translation>
    </message>
    <message>
        <source>%1 %2 are called “%3”; give the id of the one you mean instead.</source>
        <translation>Hay %1 %2 llamados “%3”; indique el identificador del que quiere decir.</translation>
    </message>
    <message>
        <source>A member of an improvement team works at an enterprise; say which (enterprise).</source>
        <translation>Un miembro de un equipo de mejora trabaja en una empresa; indique cuál (enterprise).</translation>
    </message>
    <message>
        <source>Say the enterprise&apos;s country (for example VN), or enrol it in a cohort.</source>
        <translation>Indique el país de la empresa (por ejemplo VN) o inscríbala en una cohorte.</translation>
    </message>
    <message>
        <source>There is no %1 with the id %2 (it may be in the recycle bin).</source>
        <translation>No existe ningún %1 con el identificador %2 (puede que esté en la papelera).</translation>
    </message>
    <message numerus="yes">
        <source>The cohort still has %n enterprise(s); move them to another cohort or delete them first.</source>
        <translation>
            <numerusform>La cohorte todavía tiene %n empresa; muévala a otra cohorte o elimínela primero.</numerusform>
            <numerusform>La cohorte todavía tiene %n empresas; muévalas a otra cohorte o elimínelas primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>The person at this device is a counsellor, a trainer, programme staff or an enterprise manager.</source>
        <translation>La persona de este dispositivo es asesor, formador, personal del programa o gerente de empresa.</translation>
    </message>
    <message>
        <source>“%1” is not a field of %2; the fields are: %3.</source>
        <translation>“%1” no es un campo de %2; los campos son: %3.</translation>
    </message>
</context>
<context>
    <name>score::ProgrammeForm</name>
    <message>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Archived: kept, but out of the lists</source>
        <translation>Archivado: se conserva, pero fuera de las listas</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Member of an improvement team</source>
        <translation>Miembro de un equipo de mejora</translation>
    </message>
    <message>
        <source>(not available: %1)</source>
        <translation>(no disponible: %1)</translation>
    </message>
</context>
<context>
    <name>score::ProgrammeRecordDialog</name>
    <message>
        <source>New cohort</source>
        <translation>Nueva cohorte</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>New enterprise</source>
        <translation>Nueva empresa</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>A group of 10–15 enterprises trained together, usually from one cluster or sector.</source>
        <translation>Un grupo de 10–15 empresas que se forman juntas, por lo general de un mismo clúster o sector.</translation>
    </message>
    <message>
        <source>The factory&apos;s profile; the rest (buyers, address, manager) can be filled in later.</source>
        <translation>El perfil de la fábrica; el resto (compradores, dirección, gerente) se puede completar más tarde.</translation>
    </message>
    <message>
        <source>A counsellor or trainer of the programme, an enterprise manager, or a member of an enterprise&apos;s improvement team.</source>
        <translation>Un asesor o formador del programa, un gerente de empresa o un miembro del equipo de mejora de una empresa.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add %1 “%2”</source>
        <translation>Añadir %1 “%2”</translation>
    </message>
    <message>
        <source>Change %1 “%2”</source>
        <translation>Cambiar %1 “%2”</translation>
    </message>
</context>
<context>
    <name>score::ReceivedBundleModel</name>
    <message>
        <source>%1 new</source>
        <translation>nuevos: %1</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>modificados: %1</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>eliminados: %1</translation>
    </message>
    <message>
        <source>%1 restored</source>
        <translation>restaurados: %1</translation>
    </message>
    <message>
        <source>conflicts: %1</source>
        <translation>conflictos: %1</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>New changes only</source>
        <translation>Solo cambios nuevos</translation>
    </message>
    <message>
        <source>Some enterprises</source>
        <translation>Algunas empresas</translation>
    </message>
    <message>
        <source>Bundle %1</source>
        <translation>Paquete %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Changes here</source>
        <translation>Cambios aquí</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>score::RecordEditor</name>
    <message>
        <source>There is no kind of record called &quot;%1&quot;.</source>
        <translation>No existe ningún tipo de registro llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 refers to an unknown kind of record.</source>
        <translation>%1 hace referencia a un tipo de registro desconocido.</translation>
    </message>
    <message>
        <source>The %1 chosen for %2 does not exist or is in the recycle bin.</source>
        <translation>El registro (%1) elegido para %2 no existe o está en la papelera.</translation>
    </message>
    <message>
        <source>A %1 has no field &quot;%2&quot;.</source>
        <translation>Un registro de tipo «%1» no tiene el campo &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>This %1 already exists.</source>
        <translation>Este registro (%1) ya existe.</translation>
    </message>
    <message>
        <source>This %1 no longer exists.</source>
        <translation>Este registro (%1) ya no existe.</translation>
    </message>
    <message>
        <source>This %1 is in the recycle bin; restore it before editing it.</source>
        <translation>Este registro (%1) está en la papelera; restáurelo antes de editarlo.</translation>
    </message>
    <message>
        <source>This %1 does not exist or is already in the recycle bin.</source>
        <translation>Este registro (%1) no existe o ya está en la papelera.</translation>
    </message>
</context>
<context>
    <name>score::RecordForm</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(not available: %1)</source>
        <translation>(no disponible: %1)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>score::RecordHistory</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>There is no kind of record called &quot;%1&quot;.</source>
        <translation>No existe ningún tipo de registro llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Returned by</source>
        <translation>Devuelta por</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>Fecha de devolución</translation>
    </message>
    <message>
        <source>Reason for returning</source>
        <translation>Motivo de la devolución</translation>
    </message>
</context>
<context>
    <name>score::RecordLists</name>
    <message>
        <source>Classroom session</source>
        <translation>Sesión en aula</translation>
    </message>
    <message>
        <source>Baseline visit</source>
        <translation>Visita de línea de base</translation>
    </message>
    <message>
        <source>Factory visit</source>
        <translation>Visita a la fábrica</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>Visita de seguimiento</translation>
    </message>
    <message>
        <source>Final visit</source>
        <translation>Visita final</translation>
    </message>
    <message>
        <source>Devices are listed by &apos;scorectl devices&apos;.</source>
        <translation>Los dispositivos se listan con &apos;scorectl devices&apos;.</translation>
    </message>
</context>
<context>
    <name>score::RecordRules</name>
    <message>
        <source>%1 cannot be negative (%2).</source>
        <translation>%1 no puede ser negativo (%2).</translation>
    </message>
    <message>
        <source>%1 “%2” does not look like an e-mail address.</source>
        <translation>%1 “%2” no parece una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The cohort cannot end (%1) before it starts (%2).</source>
        <translation>La cohorte no puede terminar (%1) antes de empezar (%2).</translation>
    </message>
    <message>
        <source>The module plan names “%1”, which is not a SCORE module (the modules are %2).</source>
        <translation>El plan de módulos menciona “%1”, que no es un módulo de SCORE (los módulos son %2).</translation>
    </message>
    <message>
        <source>The module plan names %1 twice.</source>
        <translation>El plan de módulos menciona %1 dos veces.</translation>
    </message>
    <message>
        <source>%1 comes first in SCORE: it sets up the improvement team; this plan starts with %2.</source>
        <translation>%1 va primero en SCORE: es el que forma el equipo de mejora; este plan empieza por %2.</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be more than the employees (%3).</source>
        <translation>%1 (%2) no puede ser más que el número de empleados (%3).</translation>
    </message>
    <message>
        <source>Women (%1) and men (%2) add up to %3, not to the %4 employees.</source>
        <translation>Mujeres (%1) y hombres (%2) suman %3, no los %4 empleados.</translation>
    </message>
    <message>
        <source>Permanent (%1) and temporary staff (%2) add up to %3, not to the %4 employees.</source>
        <translation>El personal permanente (%1) y el temporal (%2) suman %3, no los %4 empleados.</translation>
    </message>
    <message>
        <source>SCORE is meant for enterprises of %1 to %2 employees; this one has %3.</source>
        <translation>SCORE está pensado para empresas de %1 a %2 empleados; esta tiene %3.</translation>
    </message>
    <message>
        <source>A member cannot leave the team (%1) before joining it (%2).</source>
        <translation>Un miembro no puede dejar el equipo (%1) antes de unirse a él (%2).</translation>
    </message>
    <message>
        <source>The next visit (%1) cannot be before this one (%2).</source>
        <translation>La próxima visita (%1) no puede ser antes que esta (%2).</translation>
    </message>
    <message>
        <source>A visit lasts more than 0 and at most 24 hours, not %1.</source>
        <translation>Una visita dura más de 0 y como mucho 24 horas, no %1.</translation>
    </message>
    <message>
        <source>The due date (%1) cannot be before the action starts (%2).</source>
        <translation>La fecha límite (%1) no puede ser anterior al inicio de la acción (%2).</translation>
    </message>
    <message>
        <source>The action was completed (%1) before it started (%2).</source>
        <translation>La acción se completó (%1) antes de empezar (%2).</translation>
    </message>
    <message>
        <source>The due date (%1) cannot be before the visit that agreed the action (%2).</source>
        <translation>La fecha límite (%1) no puede ser anterior a la visita en la que se acordó la acción (%2).</translation>
    </message>
    <message>
        <source>%1 is counted in whole numbers, not %2.</source>
        <translation>%1 se cuenta en números enteros, no %2.</translation>
    </message>
    <message>
        <source>%1 is a percentage; %2 is over 100.</source>
        <translation>%1 es un porcentaje; %2 supera 100.</translation>
    </message>
    <message>
        <source>The denominator cannot be zero.</source>
        <translation>El denominador no puede ser cero.</translation>
    </message>
    <message>
        <source>%1 is %2, but its numerator and denominator give %3.</source>
        <translation>%1 es %2, pero su numerador y su denominador dan %3.</translation>
    </message>
    <message>
        <source>The hazard cannot be due (%1) before it was identified (%2).</source>
        <translation>El plazo del peligro (%1) no puede ser anterior a su identificación (%2).</translation>
    </message>
    <message>
        <source>The hazard cannot be closed (%1) before it was identified (%2).</source>
        <translation>El peligro no puede cerrarse (%1) antes de su identificación (%2).</translation>
    </message>
    <message>
        <source>The suggestion cannot be implemented (%1) before it was made (%2).</source>
        <translation>La sugerencia no puede aplicarse (%1) antes de haberse hecho (%2).</translation>
    </message>
    <message>
        <source>The report&apos;s period cannot end (%1) before it starts (%2).</source>
        <translation>El período del informe no puede terminar (%1) antes de empezar (%2).</translation>
    </message>
    <message>
        <source>%1 is a role in the programme, not at an enterprise; leave the enterprise empty.</source>
        <translation>%1 es una función del programa, no de una empresa; deje la empresa vacía.</translation>
    </message>
    <message>
        <source>%1 is a role at an enterprise; choose the enterprise.</source>
        <translation>%1 es una función en una empresa; elija la empresa.</translation>
    </message>
</context>
<context>
    <name>score::RecordStore</name>
    <message>
        <source>The sync information of %1 %2 is damaged; run a workspace check.</source>
        <translation>La información de sincronización de %1 %2 está dañada; ejecute una verificación del espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>score::RecordWriter</name>
    <message>
        <source>The %1 %2 does not exist.</source>
        <translation>No existe el registro %1 %2.</translation>
    </message>
</context>
<context>
    <name>score::RecycleBinModel</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 más</translation>
    </message>
    <message>
        <source>Deleted together with this %1; restoring it brings them back too.</source>
        <translation>Se eliminaron junto con este registro (%1); al restaurarlo, también se recuperan.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>With it</source>
        <translation>Junto con</translation>
    </message>
</context>
<context>
    <name>score::RecycleBinPage</name>
    <message>
        <source>Recycle bin</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Deleted records stay here: a delete travels to other devices like any change, and can be taken back. Restoring a record also brings back what was deleted together with it.</source>
        <translation>Los registros eliminados quedan aquí: una eliminación llega a los demás dispositivos como cualquier cambio, y se puede revertir. Al restaurar un registro también se recupera lo que se eliminó junto con él.</translation>
    </message>
    <message>
        <source>Filter by name, kind, enterprise or person</source>
        <translation>Filtrar por nombre, tipo, empresa o persona</translation>
    </message>
    <message>
        <source>Filter the recycle bin</source>
        <translation>Filtrar la papelera</translation>
    </message>
    <message>
        <source>The recycle bin is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Registros eliminados</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Bring the record back (Ctrl+Z undoes it).</source>
        <translation>Recuperar el registro (Ctrl+Z lo deshace).</translation>
    </message>
    <message>
        <source>The %1 most recent deletions are shown.</source>
        <translation>Se muestran las %1 eliminaciones más recientes.</translation>
    </message>
    <message>
        <source>Restoring %1 also brings back what was deleted with it (%2 more records).</source>
        <translation>Al restaurar %1 también se recupera lo que se eliminó con él (%2 registros más).</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restaurar %1</translation>
    </message>
</context>
<context>
    <name>score::ReportCharts</name>
    <message>
        <source>Score (0–100)</source>
        <translation>Puntaje (0–100)</translation>
    </message>
    <message>
        <source>Better than baseline</source>
        <translation>Mejor que la línea de base</translation>
    </message>
    <message>
        <source>Worse than baseline</source>
        <translation>Peor que la línea de base</translation>
    </message>
    <message>
        <source>Improvement against baseline (%)</source>
        <translation>Mejora respecto a la línea de base (%)</translation>
    </message>
</context>
<context>
    <name>score::ReportDocuments</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Cohort report</source>
        <translation>Informe de la cohorte</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Modules completed</source>
        <translation>Módulos completados</translation>
    </message>
    <message>
        <source>started</source>
        <translation>iniciados</translation>
    </message>
    <message>
        <source>Median checklist score</source>
        <translation>Puntaje mediano de la lista de verificación</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>%1 agreed, %2 done, %3 overdue</source>
        <translation>%1 acordadas, %2 realizadas, %3 vencidas</translation>
    </message>
    <message>
        <source>KPIs improved</source>
        <translation>KPI mejorados</translation>
    </message>
    <message>
        <source>Median KPI improvement</source>
        <translation>Mejora mediana de los KPI</translation>
    </message>
    <message>
        <source>Verified savings per year</source>
        <translation>Ahorro verificado por año</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Women among participants</source>
        <translation>Mujeres entre los participantes</translation>
    </message>
    <message>
        <source>Scores: the mean over the assessed modules of the first and the latest checklist score (0–100). KPI improvement: the median over the enterprise&apos;s KPIs, positive when better. Overdue: open actions past their due date on %1.</source>
        <translation>Puntajes: la media, sobre los módulos evaluados, del primer y el último puntaje de la lista de verificación (0–100). Mejora de los KPI: la mediana de los KPI de la empresa, positiva cuando mejoran. Vencidas: acciones abiertas cuya fecha límite ya pasó al %1.</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Modules started</source>
        <translation>Módulos iniciados</translation>
    </message>
    <message>
        <source>First score</source>
        <translation>Primer puntaje</translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation>Último puntaje</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>Acciones acordadas</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Acciones realizadas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Verified savings (%1)</source>
        <translation>Ahorro verificado (%1)</translation>
    </message>
    <message>
        <source>Cohort total</source>
        <translation>Total de la cohorte</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Checklist score per enterprise: first and latest assessment (mean over modules)</source>
        <translation>Puntaje de la lista de verificación por empresa: primera y última evaluación (media de los módulos)</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primera</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Última</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>Puntaje (0–100)</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Enterprises started</source>
        <translation>Empresas que iniciaron</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Median first score</source>
        <translation>Primer puntaje mediano</translation>
    </message>
    <message>
        <source>Median latest score</source>
        <translation>Último puntaje mediano</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Acciones abiertas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizadas</translation>
    </message>
    <message>
        <source>Checklist scores by enterprise and module</source>
        <translation>Puntajes de la lista de verificación por empresa y módulo</translation>
    </message>
    <message>
        <source>First → latest score; green: module completed (final visit or approved progress report).</source>
        <translation>Primer → último puntaje; verde: módulo completado (visita final o informe de avance aprobado).</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>Indicadores clave de desempeño</translation>
    </message>
    <message>
        <source>Per KPI, over the enterprises that measured a baseline and a follow-up; improvement is positive when better.</source>
        <translation>Por KPI, sobre las empresas que midieron una línea de base y un seguimiento; la mejora es positiva cuando el KPI mejora.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Mejor si es</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Mejorado</translation>
    </message>
    <message>
        <source>Median baseline</source>
        <translation>Línea de base mediana</translation>
    </message>
    <message>
        <source>Median latest</source>
        <translation>Último valor mediano</translation>
    </message>
    <message>
        <source>Median improvement</source>
        <translation>Mejora mediana</translation>
    </message>
    <message>
        <source>No KPI readings in this cohort yet.</source>
        <translation>Aún no hay lecturas de KPI en esta cohorte.</translation>
    </message>
    <message>
        <source>Participation by gender</source>
        <translation>Participación por género</translation>
    </message>
    <message>
        <source>Classroom sessions and factory visits count the people present at each; the EIT counts its current members.</source>
        <translation>Las sesiones en aula y las visitas a la fábrica cuentan las personas presentes en cada una; el EIT cuenta sus miembros actuales.</translation>
    </message>
    <message>
        <source>Workforce women</source>
        <translation>Personal: mujeres</translation>
    </message>
    <message>
        <source>Workforce men</source>
        <translation>Personal: hombres</translation>
    </message>
    <message>
        <source>Classroom women</source>
        <translation>Aula: mujeres</translation>
    </message>
    <message>
        <source>Classroom men</source>
        <translation>Aula: hombres</translation>
    </message>
    <message>
        <source>Visits women</source>
        <translation>Visitas: mujeres</translation>
    </message>
    <message>
        <source>Visits men</source>
        <translation>Visitas: hombres</translation>
    </message>
    <message>
        <source>EIT women</source>
        <translation>EIT: mujeres</translation>
    </message>
    <message>
        <source>EIT men</source>
        <translation>EIT: hombres</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Informe: %1</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>Enterprise progress report</source>
        <translation>Informe de avance de la empresa</translation>
    </message>
    <message>
        <source>%1 permanent, %2 temporary</source>
        <translation>%1 permanentes, %2 temporales</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Supply-chain tier</source>
        <translation>Nivel en la cadena de suministro</translation>
    </message>
    <message>
        <source>Main buyers</source>
        <translation>Principales compradores</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Inscrita el</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Enterprise Improvement Team</source>
        <translation>Equipo de Mejora de la Empresa</translation>
    </message>
    <message>
        <source>The team is balanced: both sides, both genders and temporary staff are represented.</source>
        <translation>El equipo está equilibrado: ambas partes, ambos géneros y el personal temporal están representados.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role in the EIT</source>
        <translation>Rol en el EIT</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Tipo de empleo</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Progress by module</source>
        <translation>Avance por módulo</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Primera visita</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Checklist scores over time, by module</source>
        <translation>Puntajes de la lista de verificación a lo largo del tiempo, por módulo</translation>
    </message>
    <message>
        <source>Module %1: %2</source>
        <translation>Módulo %1: %2</translation>
    </message>
    <message>
        <source>%1 visits from %2 to %3; %4.</source>
        <translation>%1 visitas del %2 al %3; %4.</translation>
    </message>
    <message>
        <source>Progress report: %1</source>
        <translation>Informe de avance: %1</translation>
    </message>
    <message>
        <source>(reviewed by %1)</source>
        <translation>(revisado por %1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>EIT met</source>
        <translation>Se reunió el EIT</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Checklist scores</source>
        <translation>Puntajes de la lista de verificación</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 del %2: %3</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Overall score (0–100)</source>
        <translation>Puntaje general (0–100)</translation>
    </message>
    <message>
        <source>%1: first and latest checklist, by section</source>
        <translation>%1: primera y última lista de verificación, por sección</translation>
    </message>
    <message>
        <source>First (%1)</source>
        <translation>Primera (%1)</translation>
    </message>
    <message>
        <source>Latest (%1)</source>
        <translation>Última (%1)</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>Acciones de mejora</translation>
    </message>
    <message>
        <source>%1 open (%2 overdue), %3 done, %4 dropped.</source>
        <translation>%1 abiertas (%2 vencidas), %3 realizadas, %4 descartadas.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Completada el</translation>
    </message>
    <message>
        <source>No improvement actions in this module.</source>
        <translation>No hay acciones de mejora en este módulo.</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, vencida</translation>
    </message>
    <message>
        <source>Baseline: the mean of the baseline readings. Improvement is against the baseline and positive when the KPI moved in its direction of better; a zero baseline has no percentage.</source>
        <translation>Línea de base: la media de las lecturas de línea de base. La mejora se calcula respecto a la línea de base y es positiva cuando el KPI se movió en su dirección de mejora; una línea de base igual a cero no tiene porcentaje.</translation>
    </message>
    <message>
        <source>Improvement of each KPI against its baseline</source>
        <translation>Mejora de cada KPI respecto a su línea de base</translation>
    </message>
    <message>
        <source>KPI trends</source>
        <translation>Tendencias de los KPI</translation>
    </message>
    <message>
        <source>Monthly readings; the dashed red line is the baseline.</source>
        <translation>Lecturas mensuales; la línea roja discontinua es la línea de base.</translation>
    </message>
    <message>
        <source>Improvement actions in total</source>
        <translation>Acciones de mejora en total</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartadas</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Estimated savings per year</source>
        <translation>Ahorro estimado por año</translation>
    </message>
    <message>
        <source>SCORE Desk · generated on %1</source>
        <translation>SCORE Desk · generado el %1</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>menor</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>mayor</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Mejora</translation>
    </message>
    <message>
        <source>No KPI readings yet.</source>
        <translation>Aún no hay lecturas de KPI.</translation>
    </message>
    <message>
        <source>n/a (zero baseline)</source>
        <translation>n/d (línea de base igual a cero)</translation>
    </message>
    <message>
        <source>%1 (%2 women, %3 men)</source>
        <translation>%1 (%2 mujeres, %3 hombres)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>No checklist of this module has been assessed yet.</source>
        <translation>Aún no se ha evaluado ninguna lista de verificación de este módulo.</translation>
    </message>
    <message>
        <source>No checklist was taken during this visit; this is the module&apos;s latest assessment before it.</source>
        <translation>No se aplicó ninguna lista de verificación durante esta visita; esta es la última evaluación del módulo anterior a ella.</translation>
    </message>
    <message>
        <source>%1 (version %2), assessed on %3: %4 of %5 items answered.</source>
        <translation>%1 (versión %2), evaluada el %3: %4 de %5 ítems respondidos.</translation>
    </message>
    <message>
        <source>Compared with the previous assessment of %1 (%2).</source>
        <translation>Comparada con la evaluación anterior del %1 (%2).</translation>
    </message>
    <message>
        <source>This is the first assessment of the module: there is nothing to compare with yet.</source>
        <translation>Esta es la primera evaluación del módulo: todavía no hay nada con qué compararla.</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidos</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>This visit</source>
        <translation>Esta visita</translation>
    </message>
    <message>
        <source>Section scores against the previous assessment</source>
        <translation>Puntajes por sección comparados con la evaluación anterior</translation>
    </message>
    <message>
        <source>Previous (%1)</source>
        <translation>Anterior (%1)</translation>
    </message>
    <message>
        <source>This visit (%1)</source>
        <translation>Esta visita (%1)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>No findings were recorded during this visit.</source>
        <translation>No se registraron hallazgos durante esta visita.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Gravedad: %1</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>Área: %1</translation>
    </message>
    <message>
        <source>Checklist item %1</source>
        <translation>Ítem de la lista de verificación %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>No actions were agreed during this visit.</source>
        <translation>No se acordaron acciones durante esta visita.</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>Informe de la visita</translation>
    </message>
    <message>
        <source>managers: %1, workers: %2</source>
        <translation>directivos: %1, trabajadores: %2</translation>
    </message>
    <message>
        <source>Type of visit</source>
        <translation>Tipo de visita</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <source>Projects reviewed</source>
        <translation>Proyectos revisados</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Próxima visita</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>KPI snapshot</source>
        <translation>Panorama de los KPI</translation>
    </message>
    <message>
        <source>The KPIs of the module as they stood in %1; improvement is against the baseline, positive when better.</source>
        <translation>Los KPI del módulo tal como estaban en %1; la mejora se calcula respecto a la línea de base y es positiva cuando mejoran.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>Enterprise manager</source>
        <translation>Gerente de la empresa</translation>
    </message>
    <message>
        <source>The team is balanced: both sides and both genders are represented.</source>
        <translation>El equipo está equilibrado: ambas partes y ambos géneros están representados.</translation>
    </message>
</context>
<context>
    <name>score::ReportFormats</name>
    <message>
        <source>There is no &quot;%1&quot; report; choose visit, enterprise or cohort.</source>
        <translation>No existe el informe &quot;%1&quot;; elija visit, enterprise o cohort.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a report format; choose pdf, xlsx or csv.</source>
        <translation>&quot;%1&quot; no es un formato de informe; elija pdf, xlsx o csv.</translation>
    </message>
    <message>
        <source>The %1 report exists as PDF only, not as %2; the cohort report also comes as XLSX and CSV.</source>
        <translation>El informe %1 solo existe en PDF, no en %2; el informe de la cohorte también está disponible en XLSX y CSV.</translation>
    </message>
</context>
<context>
    <name>score::ReportGenerator</name>
    <message>
        <source>Unknown report.</source>
        <translation>Informe desconocido.</translation>
    </message>
    <message>
        <source>Visit %1 %2</source>
        <translation>Visita %1 %2</translation>
    </message>
    <message>
        <source>Progress %1 %2</source>
        <translation>Avance %1 %2</translation>
    </message>
    <message>
        <source>Cohort %1 %2</source>
        <translation>Cohorte %1 %2</translation>
    </message>
</context>
<context>
    <name>score::ReportLayout</name>
    <message>
        <source>The photo has not reached this workspace yet.</source>
        <translation>La foto aún no ha llegado a este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Signed on %1</source>
        <translation>Firmado el %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>score::ReportPreview</name>
    <message>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>Ajustar al &amp;ancho</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>score::ReportsView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>Informe de la visita</translation>
    </message>
    <message>
        <source>Enterprise progress report</source>
        <translation>Informe de avance de la empresa</translation>
    </message>
    <message>
        <source>Cohort report</source>
        <translation>Informe de la cohorte</translation>
    </message>
    <message>
        <source>Subject of the report</source>
        <translation>Objeto del informe</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>&amp;Of:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>The %1 file holds the cohort&apos;s tables (one sheet per topic in XLSX); the preview shows them as PDF pages.</source>
        <translation>El archivo %1 contiene las tablas de la cohorte (una hoja por tema en XLSX); la vista previa las muestra como páginas PDF.</translation>
    </message>
    <message>
        <source>The workspace changed; choose Refresh to update the report.</source>
        <translation>El espacio de trabajo cambió; elija Actualizar para actualizar el informe.</translation>
    </message>
    <message>
        <source>Choose a report; its pages appear here.</source>
        <translation>Elija un informe; sus páginas aparecerán aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n enterprise(s))</source>
        <translation>
            <numerusform>%1 (%n empresa)</numerusform>
            <numerusform>%1 (%n empresas)</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Libro de Excel (XLSX)</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Tabla CSV</translation>
    </message>
    <message>
        <source>Choose an enterprise with visits to make a visit report.</source>
        <translation>Elija una empresa con visitas para hacer un informe de visita.</translation>
    </message>
    <message>
        <source>There is nothing to report on yet.</source>
        <translation>Aún no hay nada sobre qué informar.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Reading the report&apos;s data…</source>
        <translation>Leyendo los datos del informe…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n página.</numerusform>
            <numerusform>%n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tablas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
</context>
<context>
    <name>score::ReturnActionDialog</name>
    <message>
        <source>Return the action</source>
        <translation>Devolver la acción</translation>
    </message>
    <message>
        <source>What should change in “%1” before you approve it?</source>
        <translation>¿Qué debe cambiar en “%1” antes de aprobarla?</translation>
    </message>
    <message>
        <source>Reason for returning</source>
        <translation>Motivo de la devolución</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Devolver</translation>
    </message>
    <message>
        <source>Send the action back with this reason (Ctrl+Enter)</source>
        <translation>Devolver la acción con este motivo (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Say what should change before returning the action.</source>
        <translation>Indique qué debe cambiar antes de devolver la acción.</translation>
    </message>
</context>
<context>
    <name>score::Role</name>
    <message>
        <source>Counsellor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <source>Enterprise manager</source>
        <translation>Gerente de la empresa</translation>
    </message>
    <message>
        <source>Trainer / programme staff</source>
        <translation>Formador / personal del programa</translation>
    </message>
</context>
<context>
    <name>score::SheetErrors</name>
    <message>
        <source>%1 is not a spreadsheet SCORE Desk can read: %2.</source>
        <extracomment>%1 is a file name, %2 what is wrong with it (a clause, e.g. &quot;it is empty&quot;).</extracomment>
        <translation>%1 no es una hoja de cálculo que SCORE Desk pueda leer: %2.</translation>
    </message>
    <message>
        <source>it is larger than %1</source>
        <translation>ocupa más de %1</translation>
    </message>
    <message>
        <source>it holds more than %L1 parts</source>
        <translation>contiene más de %L1 partes</translation>
    </message>
    <message>
        <source>it has more than %L1 cells</source>
        <translation>tiene más de %L1 celdas</translation>
    </message>
    <message>
        <source>%L1 MB</source>
        <translation>%L1 MB</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>No hay ningún archivo en %1.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <extracomment>%1 is a file name, %2 why it cannot be written (a clause).</extracomment>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
</context>
<context>
    <name>score::SheetExchange</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, fila %2: %3</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: %4</source>
        <translation>%1, fila %2, columna %3: %4</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>SCORE Desk cannot tell what this sheet lists; name it Cohorts, Enterprises or People.</source>
        <translation>SCORE Desk no sabe qué enumera esta hoja; llámela Cohorts, Enterprises o People.</translation>
    </message>
    <message>
        <source>“%1” is not a column SCORE Desk knows for %2; the columns are id, %3.</source>
        <translation>“%1” no es una columna que SCORE Desk conozca para %2; las columnas son id, %3.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice.</source>
        <translation>La columna “%1” aparece dos veces.</translation>
    </message>
    <message>
        <source>The sheet needs a “name” or an “id” column.</source>
        <translation>La hoja necesita una columna “name” o “id”.</translation>
    </message>
    <message>
        <source>“%1” is not a SCORE Desk id; leave the id empty for a new record.</source>
        <translation>“%1” no es un identificador de SCORE Desk; deje el id vacío para un registro nuevo.</translation>
    </message>
    <message>
        <source>%1 %2 are called “%3”; write the id of the one this row is about.</source>
        <translation>Hay %1 %2 llamados “%3”; escriba el identificador del que trata esta fila.</translation>
    </message>
    <message>
        <source>This %1 is in the recycle bin; restore it, or clear its id to add it again.</source>
        <translation>Este %1 está en la papelera; restáurelo o borre su identificador para añadirlo de nuevo.</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 eliminado</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 añadido</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>score::SheetFile</name>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>No se puede abrir %1: %2.</translation>
    </message>
    <message>
        <source>%1 is an old Excel workbook (.xls) or one protected with a password, which SCORE Desk cannot read: save it as .xlsx without a password, or as CSV.</source>
        <translation>%1 es un libro de Excel antiguo (.xls) o protegido con contraseña, que SCORE Desk no puede leer: guárdelo como .xlsx sin contraseña o como CSV.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
</context>
<context>
    <name>score::SheetImportDialog</name>
    <message>
        <source>What the import does</source>
        <translation>Qué hace la importación</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Volver a leer</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) or row(s) cannot be imported; nothing is imported until they are corrected in the file. Correct them, save the file and choose Read again.</source>
        <translation>
            <numerusform>No se puede importar %n celda o fila; no se importa nada hasta que se corrija en el archivo. Corríjala, guarde el archivo y elija Volver a leer.</numerusform>
            <numerusform>No se pueden importar %n celdas o filas; no se importa nada hasta que se corrijan en el archivo. Corríjalas, guarde el archivo y elija Volver a leer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The workspace already holds everything in this file (%n row(s)); importing it changes nothing.</source>
        <translation>
            <numerusform>El espacio de trabajo ya contiene todo lo de este archivo (%n fila); importarlo no cambia nada.</numerusform>
            <numerusform>El espacio de trabajo ya contiene todo lo de este archivo (%n filas); importarlo no cambia nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing adds %1, changes %2 and leaves %3 as they are.</source>
        <translation>La importación añade %1, cambia %2 y deja %3 como están.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed. Edit ▸ Undo takes the whole import back.</source>
        <translation>Importado: %1 añadidos, %2 cambiados. Editar ▸ Deshacer revierte toda la importación.</translation>
    </message>
</context>
<context>
    <name>score::SheetPreviewModel</name>
    <message>
        <source>%1, row %2</source>
        <translation>%1, fila %2</translation>
    </message>
    <message>
        <source>%1, %2%3</source>
        <translation>%1, %2%3</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambia</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>score::SheetWriter</name>
    <message>
        <source>there is no sheet to write</source>
        <translation>no hay ninguna hoja que escribir</translation>
    </message>
</context>
<context>
    <name>score::SyncPrompter</name>
    <message>
        <source>This bundle would delete %1 of your %2 records (%3 %). They were deleted on “%4”.</source>
        <translation>Este paquete eliminaría %1 de sus %2 registros (%3 %). Se eliminaron en “%4”.</translation>
    </message>
    <message>
        <source>This bundle says it comes from “%1” (%2), but it is signed with a different key than that device&apos;s earlier bundles.

Key known here:  %3
Key of this bundle:  %4

This happens when SCORE Desk was reinstalled on that device — or when someone forged the bundle to slip changes into your work.</source>
        <translation>Este paquete dice venir de “%1” (%2), pero está firmado con una clave diferente a la de los paquetes anteriores de ese dispositivo.

Clave conocida aquí:  %3
Clave de este paquete:  %4

Esto ocurre cuando se reinstaló SCORE Desk en ese dispositivo, o cuando alguien falsificó el paquete para colar cambios en su trabajo.</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <source>SCORE Desk bundles (*.scorebundle);;All files (*)</source>
        <translation>Paquetes de SCORE Desk (*.scorebundle);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Exportar un paquete</translation>
    </message>
    <message>
        <source>SCORE Desk bundles (*.scorebundle)</source>
        <translation>Paquetes de SCORE Desk (*.scorebundle)</translation>
    </message>
    <message>
        <source>Protected bundle</source>
        <translation>Paquete protegido</translation>
    </message>
    <message>
        <source>“%1” is protected by a passphrase.
Ask its sender for the passphrase and enter it here:</source>
        <translation>“%1” está protegido con una frase de contraseña.
Pida la frase de contraseña al remitente e ingrésela aquí:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>This bundle may be forged</source>
        <translation>Este paquete podría estar falsificado</translation>
    </message>
    <message>
        <source>Call the sender or meet them, and ask them to read you the key fingerprint shown in Sync ▸ Devices on their computer. Import only if it matches the key of this bundle.</source>
        <translation>Llame al remitente o reúnase con él y pídale que le lea la huella de la clave que aparece en Sincronización ▸ Dispositivos en su computador. Importe solo si coincide con la clave de este paquete.</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>No importar</translation>
    </message>
    <message>
        <source>Trust the new key and continue</source>
        <translation>Confiar en la nueva clave y continuar</translation>
    </message>
    <message>
        <source>I have compared the fingerprint with the sender, and it matches</source>
        <translation>Comparé la huella con el remitente y coincide</translation>
    </message>
    <message>
        <source>Many records would be deleted</source>
        <translation>Se eliminarían muchos registros</translation>
    </message>
    <message>
        <source>If that was intended (a cohort closed, a clean-up), continue: you will see the details before anything is written, and deleted records stay in the recycle bin. If not, don&apos;t import, and ask the sender what happened.</source>
        <translation>Si eso era lo previsto (se cerró una cohorte, una depuración), continúe: verá los detalles antes de que se escriba nada, y los registros eliminados quedarán en la papelera. Si no, no importe y pregunte al remitente qué pasó.</translation>
    </message>
    <message>
        <source>Continue to the preview</source>
        <translation>Continuar a la vista previa</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Bring this workspace back to how it was on %1 at %2 (%3)?</source>
        <translation>¿Devolver este espacio de trabajo al estado en que estaba el %1 a las %2 (%3)?</translation>
    </message>
    <message>
        <source>Everything that changed since then, here or by imports, disappears from this workspace.

Your work as it is now is first saved as another backup, so you can come back to it.

After the restore, this computer continues as a new device, with a new key: colleagues will see it as a new device, and changes from here that already reached them come back with their next bundle. Undo history is cleared.</source>
        <translation>Todo lo que cambió desde entonces, aquí o por importaciones, desaparecerá de este espacio de trabajo.

Su trabajo en su estado actual se guarda primero como otra copia de seguridad, para que pueda volver a él.

Después de la restauración, este computador continúa como un dispositivo nuevo, con una clave nueva: sus colegas lo verán como un dispositivo nuevo, y los cambios hechos aquí que ya les llegaron volverán con su próximo paquete. Se borra el historial para deshacer.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>SCORE Desk</source>
        <translation>SCORE Desk</translation>
    </message>
    <message>
        <source>This bundle would delete %1 records, and the bundles from “%2” imported in the last 24 hours (%3 of them) deleted %4: together %5 of the %6 records you had before them (%7 %).</source>
        <translation>Este paquete eliminaría %1 registros, y los paquetes de “%2” importados en las últimas 24 horas (%3 en total) eliminaron %4: en conjunto, %5 de los %6 registros que tenía antes de ellos (%7 %).</translation>
    </message>
</context>
<context>
    <name>score::SyncState</name>
    <message>
        <source>&quot;%1&quot; matches several devices; give more of the device id.</source>
        <translation>&quot;%1&quot; coincide con varios dispositivos; indique una parte más larga del identificador del dispositivo.</translation>
    </message>
    <message>
        <source>No bundle from a device &quot;%1&quot; has been imported here, so what it holds is unknown; export a full bundle instead.</source>
        <translation>No se ha importado aquí ningún paquete de un dispositivo &quot;%1&quot;, así que se desconoce lo que contiene; exporte en su lugar un paquete completo.</translation>
    </message>
</context>
<context>
    <name>score::SyncTasks</name>
    <message>
        <source>Import a bundle</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <source>Reading the bundle and working out what it would change…</source>
        <translation>Leyendo el paquete y calculando lo que cambiaría…</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>Importando el paquete…</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Exportar un paquete</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Escribiendo el paquete…</translation>
    </message>
    <message>
        <source>Opening the protected bundle…</source>
        <translation>Abriendo el paquete protegido…</translation>
    </message>
    <message>
        <source>Opening the bundle was cancelled.</source>
        <translation>Se canceló la apertura del paquete.</translation>
    </message>
</context>
<context>
    <name>score::SyncView</name>
    <message>
        <source>Sync sections</source>
        <translation>Secciones de sincronización</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflictos (%1)</translation>
    </message>
    <message>
        <source>Conflicts to review: %1</source>
        <translation>Conflictos por revisar: %1</translation>
    </message>
    <message>
        <source>No conflicts to review</source>
        <translation>No hay conflictos por revisar</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
</context>
<context>
    <name>score::VisitActionModel</name>
    <message>
        <source>Approval: %1</source>
        <translation>Aprobación: %1</translation>
    </message>
    <message>
        <source>Action agreed</source>
        <translation>Acción acordada</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>score::VisitListModel</name>
    <message>
        <source>Classroom</source>
        <translation>Aula</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Fábrica</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Nobody recorded as taking part.</source>
        <translation>No se registró a nadie como participante.</translation>
    </message>
    <message>
        <source>%1 women and %2 men took part (%3 % women).</source>
        <translation>Participaron %1 mujeres y %2 hombres (%3 % mujeres).</translation>
    </message>
    <message>
        <source>%1 women, %2 men</source>
        <translation>%1 mujeres, %2 hombres</translation>
    </message>
    <message>
        <source>Participants: women / men</source>
        <translation>Participantes: mujeres / hombres</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <source>W / M</source>
        <translation>M / H</translation>
    </message>
</context>
<context>
    <name>score::VisitLogPanel</name>
    <message>
        <source>Visit log</source>
        <translation>Registro de visitas</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>Nueva visita…</translation>
    </message>
    <message>
        <source>Record a new visit (%1)</source>
        <translation>Registrar una nueva visita (%1)</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>Eliminar visita</translation>
    </message>
    <message>
        <source>Delete the selected visit with its findings and photos (Delete)</source>
        <translation>Eliminar la visita seleccionada con sus hallazgos y fotos (Supr)</translation>
    </message>
    <message>
        <source>No enterprise chosen</source>
        <translation>Ninguna empresa elegida</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n visit(s)</source>
        <translation>
            <numerusform>%1 · %n visita</numerusform>
            <numerusform>%1 · %n visitas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>score::VisitPhotosPanel</name>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Photos of the visit and its findings</source>
        <translation>Fotos de la visita y sus hallazgos</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>Editar leyenda</translation>
    </message>
    <message>
        <source>Edit the caption of the selected photo (F2)</source>
        <translation>Editar la leyenda de la foto seleccionada (F2)</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Quitar foto</translation>
    </message>
    <message>
        <source>Remove the selected photo (Delete)</source>
        <translation>Quitar la foto seleccionada (Supr)</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>Agregar foto</translation>
    </message>
    <message>
        <source>Add to visit…</source>
        <translation>Agregar a la visita…</translation>
    </message>
    <message>
        <source>Add photos or scanned documents to the visit (%1), or drop files on the strip. Select a finding first to add them to it.</source>
        <translation>Agregue fotos o documentos escaneados a la visita (%1), o suelte archivos en la tira. Seleccione primero un hallazgo para agregarlos a él.</translation>
    </message>
    <message>
        <source>Add to finding…</source>
        <translation>Agregar al hallazgo…</translation>
    </message>
    <message>
        <source>Add photos or scanned documents to the finding “%1” (%2), or drop files on the strip.</source>
        <translation>Agregue fotos o documentos escaneados al hallazgo “%1” (%2), o suelte archivos en la tira.</translation>
    </message>
    <message>
        <source>Choose or create a visit first.</source>
        <translation>Elija o cree primero una visita.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n photo(s)</source>
        <translation>
            <numerusform>Agregar %n foto</numerusform>
            <numerusform>Agregar %n fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove photo “%1”</source>
        <translation>Quitar la foto “%1”</translation>
    </message>
    <message>
        <source>Photo removed; %1 brings it back.</source>
        <translation>Foto quitada; %1 la recupera.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Agregar fotos</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.heic *.pdf);;All files (*)</source>
        <translation>Fotos y documentos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.heic *.pdf);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>score::VisitRecordPanel</name>
    <message>
        <source>Visit record</source>
        <translation>Registro de la visita</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Counsellor signed on</source>
        <translation>Firmado por el asesor el</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Manager signed on</source>
        <translation>Firmado por el gerente el</translation>
    </message>
    <message>
        <source>Manager&apos;s name</source>
        <translation>Nombre del gerente</translation>
    </message>
    <message>
        <source>Participants in total</source>
        <translation>Total de participantes</translation>
    </message>
    <message>
        <source>Participants: none recorded yet.</source>
        <translation>Participantes: aún no se ha registrado ninguno.</translation>
    </message>
    <message>
        <source>Participants: %1 in total — women %2 (%3 %), men %4</source>
        <translation>Participantes: %1 en total; mujeres %2 (%3 %), hombres %4</translation>
    </message>
    <message>
        <source>Participants: none</source>
        <translation>Participantes: ninguno</translation>
    </message>
    <message>
        <source> · managers %1, workers %2</source>
        <translation> · directivos %1, trabajadores %2</translation>
    </message>
    <message>
        <source> (a different total: %1)</source>
        <translation> (un total diferente: %1)</translation>
    </message>
</context>
<context>
    <name>score::VisitReportData</name>
    <message>
        <source>There is no visit with the id %1 in this workspace.</source>
        <translation>No existe ninguna visita con el identificador %1 en este espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>score::VisitView</name>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <source>Choose the enterprise of the visit first.</source>
        <translation>Elija primero la empresa de la visita.</translation>
    </message>
    <message>
        <source>Give the date of the visit.</source>
        <translation>Indique la fecha de la visita.</translation>
    </message>
    <message>
        <source>There is no checklist for this module on %1; choose another module or start the visit without an assessment.</source>
        <translation>No hay lista de verificación para este módulo el %1; elija otro módulo o inicie la visita sin evaluación.</translation>
    </message>
    <message>
        <source>New %1 on %2</source>
        <translation>Nueva %1 del %2</translation>
    </message>
    <message>
        <source>Start the checklist</source>
        <translation>Iniciar la lista de verificación</translation>
    </message>
    <message>
        <source>Give the finding a title.</source>
        <translation>Asigne un título al hallazgo.</translation>
    </message>
    <message>
        <source>Add finding “%1”</source>
        <translation>Agregar el hallazgo “%1”</translation>
    </message>
    <message>
        <source>Say what action was agreed.</source>
        <translation>Indique qué acción se acordó.</translation>
    </message>
    <message>
        <source>Agree action “%1”</source>
        <translation>Acordar la acción “%1”</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>Eliminar visita</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>Agregar foto</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nueva visita</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>Nuevo hallazgo</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Agregar acción</translation>
    </message>
    <message>
        <source>Choose an enterprise to see its visits.</source>
        <translation>Elija una empresa para ver sus visitas.</translation>
    </message>
    <message>
        <source>No visits to %1 yet.
Record the first with New visit… (%2).</source>
        <translation>Aún no hay visitas a %1.
Registre la primera con Nueva visita… (%2).</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>counsellor %1</source>
        <translation>asesor: %1</translation>
    </message>
    <message>
        <source>%1 checklist: %2</source>
        <translation>Lista de verificación (%1): %2</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Delete the %1 of %2</source>
        <translation>Eliminar la %1 del %2</translation>
    </message>
    <message>
        <source>Choose an enterprise first, in the list of enterprises.</source>
        <translation>Elija primero una empresa en la lista de empresas.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n hallazgo</numerusform>
            <numerusform>%n hallazgos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>its checklist answers</source>
        <translation>sus respuestas de la lista de verificación</translation>
    </message>
    <message>
        <source>Delete the %1 of %2?</source>
        <translation>¿Eliminar la %1 del %2?</translation>
    </message>
    <message>
        <source>Delete the %1 of %2 with %3?</source>
        <translation>¿Eliminar la %1 del %2 con %3?</translation>
    </message>
    <message numerus="yes">
        <source>The %n action(s) agreed stay in the improvement plan.</source>
        <translation>
            <numerusform>%n acción acordada se queda en el plan de mejora.</numerusform>
            <numerusform>%n acciones acordadas se quedan en el plan de mejora.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (Edit ▸ Undo) brings it back.</source>
        <translation>%1 (Editar ▸ Deshacer) la recupera.</translation>
    </message>
</context>
<context>
    <name>score::WelcomeDialog</name>
    <message>
        <source>Welcome to SCORE Desk</source>
        <translation>Bienvenido a SCORE Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;SCORE Desk&lt;/h2&gt;&lt;p&gt;Factory visits, checklists, improvement plans and KPIs for the ILO SCORE programme — on your laptop, with or without a network.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;SCORE Desk&lt;/h2&gt;&lt;p&gt;Visitas a fábricas, listas de verificación, planes de mejora y KPI para el programa SCORE de la OIT, en su computador portátil, con o sin conexión a la red.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Abrir el espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>A cohort of twelve enterprises with a year of visits, checklists, plans and KPIs.</source>
        <translation>Una cohorte de doce empresas con un año de visitas, listas de verificación, planes y KPI.</translation>
    </message>
    <message>
        <source>Create a new workspace</source>
        <translation>Crear un espacio de trabajo nuevo</translation>
    </message>
    <message>
        <source>Start your own: your device gets its identity and the SCORE content.</source>
        <translation>Empiece el suyo: su dispositivo recibe su identidad y el contenido de SCORE.</translation>
    </message>
    <message>
        <source>Open a workspace file…</source>
        <translation>Abrir un archivo de espacio de trabajo…</translation>
    </message>
    <message>
        <source>A .scoredesk file on this computer or a USB stick.</source>
        <translation>Un archivo .scoredesk en este computador o en una memoria USB.</translation>
    </message>
    <message>
        <source>Recent workspaces:</source>
        <translation>Espacios de trabajo recientes:</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espacios de trabajo recientes</translation>
    </message>
</context>
<context>
    <name>score::Workspace</name>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>No se puede leer %1 (%2).</translation>
    </message>
    <message>
        <source>%1 has no device identity; it is damaged or not a SCORE Desk workspace.</source>
        <translation>%1 no tiene identidad de dispositivo; está dañado o no es un espacio de trabajo de SCORE Desk.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or open it instead.</source>
        <translation>%1 ya existe; elija otro nombre o ábralo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>No se pudo iniciar la biblioteca criptográfica.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation>No hay ningún espacio de trabajo en %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 es una carpeta, no un archivo de espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 is not a SCORE Desk workspace.</source>
        <translation>%1 no es un espacio de trabajo de SCORE Desk.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only. Copy the workspace to a writable folder and open the copy.</source>
        <translation>No se puede escribir %1: el archivo o su carpeta son de solo lectura. Copie el espacio de trabajo a una carpeta con permiso de escritura y abra la copia.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a SCORE Desk workspace (%2)</source>
        <translation>%1 no es un espacio de trabajo de SCORE Desk (%2)</translation>
    </message>
    <message>
        <source>%1 is a database, but not a SCORE Desk workspace.</source>
        <translation>%1 es una base de datos, pero no un espacio de trabajo de SCORE Desk.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer SCORE Desk (workspace version %2; this one reads up to %3). Update SCORE Desk to open it.</source>
        <translation>%1 se guardó con una versión más reciente de SCORE Desk (versión de espacio de trabajo %2; esta lee hasta la %3). Actualice SCORE Desk para abrirlo.</translation>
    </message>
    <message>
        <source>%1 needs to be upgraded before it can be read; open it for writing once.</source>
        <translation>%1 debe actualizarse antes de poder leerse; ábralo una vez con permiso de escritura.</translation>
    </message>
    <message>
        <source>%1 was not upgraded because its backup failed: %2</source>
        <translation>%1 no se actualizó porque falló su copia de seguridad: %2</translation>
    </message>
    <message>
        <source>%1 could not be upgraded; it is unchanged and a backup is in %2. (%3)</source>
        <translation>No se pudo actualizar %1; no cambió y hay una copia de seguridad en %2. (%3)</translation>
    </message>
    <message>
        <source>This workspace is open read-only; changes cannot be saved.</source>
        <translation>Este espacio de trabajo está abierto en modo de solo lectura; no se pueden guardar los cambios.</translation>
    </message>
</context>
<context>
    <name>score::WorkspaceCheck</name>
    <message>
        <source>… and more problems; fix these first.</source>
        <translation>… y más problemas; corrija primero estos.</translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>Integridad de SQLite: %1</translation>
    </message>
    <message>
        <source>%1 (row %2) refers to a missing %3.</source>
        <translation>%1 (fila %2) hace referencia a un registro de tipo «%3» que no existe.</translation>
    </message>
    <message>
        <source>%1 has a malformed id.</source>
        <translation>%1 tiene un identificador mal formado.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 carries a change stamp ahead of this device&apos;s clock.</source>
        <translation>%1 tiene una marca de cambio posterior a la hora del reloj de este dispositivo.</translation>
    </message>
    <message>
        <source>%1: its version vector does not cover its own changes.</source>
        <translation>%1: su vector de versiones no cubre sus propios cambios.</translation>
    </message>
    <message>
        <source>%1: its id does not match its assessment and item.</source>
        <translation>%1: su identificador no coincide con su evaluación e ítem.</translation>
    </message>
    <message>
        <source>%1: its item key does not match the checklist item.</source>
        <translation>%1: su clave de ítem no coincide con el ítem de la lista de verificación.</translation>
    </message>
    <message>
        <source>%1 answers an item of another template than its assessment&apos;s.</source>
        <translation>%1 responde un ítem de una plantilla distinta de la de su evaluación.</translation>
    </message>
    <message>
        <source>%1: its id does not match its enterprise, KPI and period.</source>
        <translation>%1: su identificador no coincide con su empresa, KPI y período.</translation>
    </message>
    <message>
        <source>%1: its id does not match its enterprise and person.</source>
        <translation>%1: su identificador no coincide con su empresa y persona.</translation>
    </message>
    <message>
        <source>%1 belongs to a %2 that does not exist.</source>
        <translation>%1 pertenece a un registro de tipo «%2» que no existe.</translation>
    </message>
    <message>
        <source>Attachment content %1 is damaged (its hash no longer matches).</source>
        <translation>El contenido del adjunto %1 está dañado (su hash ya no coincide).</translation>
    </message>
    <message>
        <source>Attachment content %1 is missing.</source>
        <translation>Falta el contenido del adjunto %1.</translation>
    </message>
    <message>
        <source>The workspace has no single device identity.</source>
        <translation>El espacio de trabajo no tiene una única identidad de dispositivo.</translation>
    </message>
</context>
<context>
    <name>score::WorkspaceRestore</name>
    <message>
        <source>A restore cannot start while changes are being saved.</source>
        <translation>No se puede iniciar una restauración mientras se guardan cambios.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>No se puede restaurar la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Nothing was restored because the current state could not be backed up first: %1</source>
        <translation>No se restauró nada porque no se pudo hacer antes una copia de seguridad del estado actual: %1</translation>
    </message>
    <message>
        <source>The backup could not be restored; the workspace is as it was. (%1)</source>
        <translation>No se pudo restaurar la copia de seguridad; el espacio de trabajo quedó como estaba. (%1)</translation>
    </message>
</context>
<context>
    <name>score::XlsxOutputFile</name>
    <message>
        <source>what was written does not read back whole; is the disk full?</source>
        <translation>lo escrito no se puede volver a leer completo; ¿está lleno el disco?</translation>
    </message>
    <message>
        <source>a cell holds more than 32,767 characters, which Excel does not allow</source>
        <translation>una celda contiene más de 32.767 caracteres, algo que Excel no permite</translation>
    </message>
    <message>
        <source>a sheet has more rows or columns than Excel allows</source>
        <translation>una hoja tiene más filas o columnas de las que Excel permite</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>no hay memoria suficiente</translation>
    </message>
    <message>
        <source>the disk is full or cannot be written to (%1)</source>
        <translation>el disco está lleno o no admite escritura (%1)</translation>
    </message>
    <message>
        <source>no temporary name is free beside it</source>
        <translation>no queda libre ningún nombre temporal junto a él</translation>
    </message>
    <message>
        <source>the finished file could not be moved into place</source>
        <translation>no se pudo mover el archivo terminado a su lugar</translation>
    </message>
</context>
<context>
    <name>score::XlsxPackage</name>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>No se puede abrir %1.</translation>
    </message>
    <message>
        <source>it is damaged (its ZIP structure is broken or cut short)</source>
        <translation>está dañado (su estructura ZIP está rota o cortada)</translation>
    </message>
    <message>
        <source>it is protected with a password</source>
        <translation>está protegido con contraseña</translation>
    </message>
    <message>
        <source>its part %1 is larger than %2 once unpacked</source>
        <translation>su parte %1 ocupa más de %2 al descomprimirla</translation>
    </message>
    <message>
        <source>its parts add up to more than %1 once unpacked</source>
        <translation>sus partes suman más de %1 al descomprimirlas</translation>
    </message>
    <message>
        <source>its part %1 is damaged</source>
        <translation>su parte %1 está dañada</translation>
    </message>
    <message>
        <source>its part %1 is missing</source>
        <translation>falta su parte %1</translation>
    </message>
    <message>
        <source>its part %1 is not well-formed XML (line %2)</source>
        <translation>su parte %1 no es XML bien formado (línea %2)</translation>
    </message>
    <message>
        <source>its part %1 declares a document type (DTD), which workbooks never do</source>
        <translation>su parte %1 declara un tipo de documento (DTD), algo que los libros de Excel nunca hacen</translation>
    </message>
    <message>
        <source>its part %1 is cut short</source>
        <translation>su parte %1 está cortada</translation>
    </message>
</context>
<context>
    <name>score::XlsxReportWriter</name>
    <message>
        <source>Cohort report: %1</source>
        <translation>Informe de la cohorte: %1</translation>
    </message>
</context>
<context>
    <name>score::XlsxSharedStrings</name>
    <message>
        <source>a text in it is longer than %L1 characters</source>
        <translation>uno de sus textos tiene más de %L1 caracteres</translation>
    </message>
</context>
<context>
    <name>score::XlsxWorkbook</name>
    <message>
        <source>%1 is an OpenDocument spreadsheet (.ods), which SCORE Desk cannot read: save it as .xlsx or CSV.</source>
        <translation>%1 es una hoja de cálculo OpenDocument (.ods), que SCORE Desk no puede leer: guárdela como .xlsx o CSV.</translation>
    </message>
    <message>
        <source>%1 is an Excel binary workbook (.xlsb), which SCORE Desk cannot read: save it as .xlsx or CSV.</source>
        <translation>%1 es un libro binario de Excel (.xlsb), que SCORE Desk no puede leer: guárdelo como .xlsx o CSV.</translation>
    </message>
    <message>
        <source>it is a ZIP archive without an Excel workbook in it</source>
        <translation>es un archivo ZIP que no contiene ningún libro de Excel</translation>
    </message>
    <message>
        <source>it has more than %L1 sheets</source>
        <translation>tiene más de %L1 hojas</translation>
    </message>
    <message>
        <source>its workbook lists no sheets</source>
        <translation>su libro no incluye ninguna hoja</translation>
    </message>
</context>
<context>
    <name>score::XlsxWorksheet</name>
    <message>
        <source>cell %1 of sheet %2 holds more than %L3 characters</source>
        <translation>la celda %1 de la hoja %2 contiene más de %L3 caracteres</translation>
    </message>
    <message>
        <source>sheet %1 has a row numbered &quot;%2&quot;</source>
        <translation>la hoja %1 tiene una fila numerada «%2»</translation>
    </message>
    <message>
        <source>sheet %1 has more than %L2 rows</source>
        <translation>la hoja %1 tiene más de %L2 filas</translation>
    </message>
    <message>
        <source>sheet %1 has a cell with the reference &quot;%2&quot;</source>
        <translation>la hoja %1 tiene una celda con la referencia «%2»</translation>
    </message>
    <message>
        <source>sheet %1 has a cell beyond column %2</source>
        <translation>la hoja %1 tiene una celda más allá de la columna %2</translation>
    </message>
    <message>
        <source>cell %1 of sheet %2 refers to a text that is not in the file</source>
        <translation>la celda %1 de la hoja %2 remite a un texto que no está en el archivo</translation>
    </message>
    <message>
        <source>its sheet %1 is missing</source>
        <translation>falta su hoja %1</translation>
    </message>
</context>
<context>
    <name>score::ZipArchive</name>
    <message>
        <source>The bundle file cannot be created (%1).</source>
        <translation>No se puede crear el archivo del paquete (%1).</translation>
    </message>
    <message>
        <source>The bundle could not be written (%1).</source>
        <translation>No se pudo escribir el paquete (%1).</translation>
    </message>
    <message>
        <source>The bundle could not be written; is the disk full? (%1)</source>
        <translation>No se pudo escribir el paquete; ¿está lleno el disco? (%1)</translation>
    </message>
    <message>
        <source>The file is not a SCORE Desk bundle.</source>
        <translation>El archivo no es un paquete de SCORE Desk.</translation>
    </message>
    <message>
        <source>The bundle is damaged (its archive structure is broken).</source>
        <translation>El paquete está dañado (la estructura de su archivo comprimido está rota).</translation>
    </message>
    <message>
        <source>The bundle cannot be read (%1).</source>
        <translation>No se puede leer el paquete (%1).</translation>
    </message>
    <message>
        <source>The bundle has too many files (%1) to be a SCORE Desk bundle.</source>
        <translation>El paquete tiene demasiados archivos (%1) para ser un paquete de SCORE Desk.</translation>
    </message>
    <message>
        <source>The bundle is damaged (an entry cannot be read).</source>
        <translation>El paquete está dañado (no se puede leer una entrada).</translation>
    </message>
    <message>
        <source>The bundle is damaged (an entry has no valid size).</source>
        <translation>El paquete está dañado (una entrada no tiene un tamaño válido).</translation>
    </message>
    <message>
        <source>The bundle is damaged (%1 cannot be opened).</source>
        <translation>El paquete está dañado (no se puede abrir %1).</translation>
    </message>
    <message>
        <source>The bundle is damaged (%1: %2).</source>
        <translation>El paquete está dañado (%1: %2).</translation>
    </message>
    <message>
        <source>The bundle is damaged or hostile: %1 is larger than it claims or allowed.</source>
        <translation>El paquete está dañado o es malicioso: %1 es más grande de lo que declara o de lo permitido.</translation>
    </message>
    <message>
        <source>The bundle is damaged: %1 is shorter than it claims.</source>
        <translation>El paquete está dañado: %1 es más corto de lo que declara.</translation>
    </message>
</context>
<context>
    <name>score::ZoomBar</name>
    <message>
        <source>%1 %</source>
        <comment>a zoom level</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>fit width (its percentage)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>score::checklist</name>
    <message>
        <source>Choose an enterprise first.</source>
        <translation>Elija primero una empresa.</translation>
    </message>
    <message>
        <source>There is no %1 checklist in force on %2.</source>
        <translation>No hay ninguna lista de verificación de %1 vigente el %2.</translation>
    </message>
    <message>
        <source>New %1 assessment (%2)</source>
        <translation>Nueva evaluación de %1 (%2)</translation>
    </message>
</context>
<context>
    <name>score::cli</name>
    <message>
        <source>Say which report: visit, enterprise or cohort.</source>
        <translation>Indique qué informe: visit, enterprise o cohort.</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>Se requiere --out ARCHIVO.</translation>
    </message>
    <message>
        <source>--format is required: pdf, xlsx or csv.</source>
        <translation>Se requiere --format: pdf, xlsx o csv.</translation>
    </message>
    <message>
        <source>--%1 does not apply to the %2 report; it takes --%3 ID.</source>
        <translation>--%1 no se aplica al informe %2; este requiere --%3 ID.</translation>
    </message>
    <message>
        <source>The %1 report needs --%2 ID (see &apos;scorectl list %2s&apos;).</source>
        <translation>El informe %1 requiere --%2 ID (vea &apos;scorectl list %2s&apos;).</translation>
    </message>
    <message>
        <source>Wrote the %1 report to %2 in %3 s.</source>
        <translation>Informe %1 escrito en %2 en %3 s.</translation>
    </message>
    <message>
        <source>Write the visit, enterprise or cohort report as PDF (cohort also XLSX, CSV).</source>
        <translation>Escribir el informe de visita, de empresa o de cohorte en PDF (el de cohorte también en XLSX y CSV).</translation>
    </message>
    <message>
        <source>visit, enterprise or cohort</source>
        <translation>visit, enterprise o cohort</translation>
    </message>
    <message>
        <source>The visit of a visit report.</source>
        <translation>La visita de un informe de visita.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The enterprise of an enterprise progress report.</source>
        <translation>La empresa de un informe de avance de la empresa.</translation>
    </message>
    <message>
        <source>The cohort of a cohort report.</source>
        <translation>La cohorte de un informe de cohorte.</translation>
    </message>
    <message>
        <source>pdf, xlsx or csv (default: from the --out suffix).</source>
        <translation>pdf, xlsx o csv (predeterminado: según la extensión de --out).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que se escribirá.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Frase de contraseña: </translation>
    </message>
    <message>
        <source>Passphrase again: </source>
        <translation>Repita la frase de contraseña: </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Passphrase protecting the bundle (&apos;-&apos; reads it from standard input).</source>
        <translation>Frase de contraseña que protege el paquete (&apos;-&apos; la lee de la entrada estándar).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>Choose one of --full or --for DEVICE.</source>
        <translation>Elija una de las opciones --full o --for DISPOSITIVO.</translation>
    </message>
    <message>
        <source>--out BUNDLE is required.</source>
        <translation>Se requiere --out PAQUETE.</translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>No se indicó ninguna frase de contraseña.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 bundle, %3 records, %4 attachments, %5 bytes%6.</source>
        <translation>Se escribió %1: paquete %2, %3 registros, %4 adjuntos, %5 bytes%6.</translation>
    </message>
    <message>
        <source>, passphrase-protected</source>
        <translation>, protegido con frase de contraseña</translation>
    </message>
    <message>
        <source>Bundle from &quot;%1&quot; (%2), made %3, %4.</source>
        <translation>Paquete de &quot;%1&quot; (%2), creado el %3, %4.</translation>
    </message>
    <message>
        <source>This bundle was already imported on %1.</source>
        <translation>Este paquete ya se importó el %1.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevos</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>modificados</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminados</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restaurados</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>conflictos</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>%1 records already up to date; %2 new attachments.</source>
        <translation>%1 registros ya actualizados; %2 adjuntos nuevos.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulación: no se escribió nada.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>No cambió nada.</translation>
    </message>
    <message>
        <source>Give exactly one bundle file to import.</source>
        <translation>Indique exactamente un archivo de paquete para importar.</translation>
    </message>
    <message>
        <source>This bundle is protected by a passphrase; give it with --passphrase.</source>
        <translation>Este paquete está protegido con una frase de contraseña; indíquela con --passphrase.</translation>
    </message>
    <message>
        <source>Give exactly one bundle file to verify.</source>
        <translation>Indique exactamente un archivo de paquete para verificar.</translation>
    </message>
    <message>
        <source>The bundle is intact and signed by &quot;%1&quot; (key %2): %3 records, %4 attachments.</source>
        <translation>El paquete está íntegro y firmado por &quot;%1&quot; (clave %2): %3 registros, %4 adjuntos.</translation>
    </message>
    <message>
        <source>Give exactly one bundle file to inspect.</source>
        <translation>Indique exactamente un archivo de paquete para examinar.</translation>
    </message>
    <message>
        <source>bundle:      %1</source>
        <translation>paquete:     %1</translation>
    </message>
    <message>
        <source>made by:     %1, %2 (device %3, key %4)</source>
        <translation>creado por:  %1, %2 (dispositivo %3, clave %4)</translation>
    </message>
    <message>
        <source>made on:     %1 with %2 (format %3, schema %4)</source>
        <translation>creado el:   %1 con %2 (formato %3, esquema %4)</translation>
    </message>
    <message>
        <source>scope:       %1</source>
        <translation>alcance:     %1</translation>
    </message>
    <message>
        <source> for device %1</source>
        <translation> para el dispositivo %1</translation>
    </message>
    <message>
        <source>; enterprises %1</source>
        <translation>; empresas %1</translation>
    </message>
    <message>
        <source>; cohorts %1</source>
        <translation>; cohortes %1</translation>
    </message>
    <message>
        <source>protected:   %1</source>
        <translation>protegido:   %1</translation>
    </message>
    <message>
        <source>yes, by passphrase</source>
        <translation>sí, con frase de contraseña</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>records:     %1</source>
        <translation>registros:   %1</translation>
    </message>
    <message>
        <source>attachments: %1</source>
        <translation>adjuntos:    %1</translation>
    </message>
    <message>
        <source>holds (version vector):</source>
        <translation>contiene (vector de versiones):</translation>
    </message>
    <message>
        <source>Give the conflict number shown in the list.</source>
        <translation>Indique el número de conflicto que aparece en la lista.</translation>
    </message>
    <message>
        <source>Conflict %1: the other value was applied again as a new edit.</source>
        <translation>Conflicto %1: el otro valor se volvió a aplicar como una edición nueva.</translation>
    </message>
    <message>
        <source>Conflict %1 dismissed.</source>
        <translation>Conflicto %1 descartado.</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>No hay conflictos por revisar.</translation>
    </message>
    <message>
        <source>kept %1 — %2, %3</source>
        <translation>conservado %1 — %2, %3</translation>
    </message>
    <message>
        <source>lost %1 — %2, %3</source>
        <translation>perdido %1 — %2, %3</translation>
    </message>
    <message>
        <source>deleted by %1, %2, while %3 edited it (%4); it is in the recycle bin.</source>
        <translation>eliminado por %1, %2, mientras %3 lo editaba (%4); está en la papelera.</translation>
    </message>
    <message>
        <source>edited by %1, %2, after %3 deleted it (%4); it is back.</source>
        <translation>editado por %1, %2, después de que %3 lo eliminara (%4); se recuperó.</translation>
    </message>
    <message>
        <source>this device: %1  %2 (%3)  key %4</source>
        <translation>este dispositivo: %1  %2 (%3)  clave %4</translation>
    </message>
    <message>
        <source>No bundles from other devices have been imported yet.</source>
        <translation>Aún no se ha importado ningún paquete de otros dispositivos.</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clave %1</translation>
    </message>
    <message>
        <source>first seen %1, last bundle %2</source>
        <translation>visto por primera vez el %1, último paquete el %2</translation>
    </message>
    <message>
        <source>Use --list to see the backups, then --backup FILE or --backup latest.</source>
        <translation>Use --list para ver las copias de seguridad y luego --backup ARCHIVO o --backup latest.</translation>
    </message>
    <message>
        <source>No backups of %1 yet (they are taken before every import).</source>
        <translation>Aún no hay copias de seguridad de %1 (se hacen antes de cada importación).</translation>
    </message>
    <message>
        <source>There are no backups of %1 to restore.</source>
        <translation>No hay copias de seguridad de %1 para restaurar.</translation>
    </message>
    <message>
        <source>Restored %1. The state before the restore is kept in %2. This workspace continues as a new device (%3) so that later bundles bring back what was lost.</source>
        <translation>Se restauró %1. El estado anterior a la restauración se conserva en %2. Este espacio de trabajo continúa como un dispositivo nuevo (%3) para que los paquetes posteriores recuperen lo que se perdió.</translation>
    </message>
    <message>
        <source>Write a bundle: everything, or what a device lacks; optionally scoped.</source>
        <translation>Escribir un paquete: todo, o lo que le falta a un dispositivo; opcionalmente con un alcance limitado.</translation>
    </message>
    <message>
        <source>Every record of the workspace (or of the scope).</source>
        <translation>Todos los registros del espacio de trabajo (o del alcance).</translation>
    </message>
    <message>
        <source>Only what this device does not hold yet (id, id prefix or name).</source>
        <translation>Solo lo que este dispositivo aún no tiene (id, prefijo del id o nombre).</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DISPOSITIVO</translation>
    </message>
    <message>
        <source>Limit to an enterprise (repeatable).</source>
        <translation>Limitar a una empresa (se puede repetir).</translation>
    </message>
    <message>
        <source>Limit to a cohort (repeatable).</source>
        <translation>Limitar a una cohorte (se puede repetir).</translation>
    </message>
    <message>
        <source>Bundle file to write.</source>
        <translation>Archivo de paquete que se escribirá.</translation>
    </message>
    <message>
        <source>BUNDLE</source>
        <translation>PAQUETE</translation>
    </message>
    <message>
        <source>Import a bundle (atomic, idempotent); --dry-run shows what would change.</source>
        <translation>Importar un paquete (atómico, idempotente); --dry-run muestra lo que cambiaría.</translation>
    </message>
    <message>
        <source>The bundle file.</source>
        <translation>El archivo de paquete.</translation>
    </message>
    <message>
        <source>Compute what would change; write nothing.</source>
        <translation>Calcular lo que cambiaría sin escribir nada.</translation>
    </message>
    <message>
        <source>Accept a bundle that deletes many records.</source>
        <translation>Aceptar un paquete que elimina muchos registros.</translation>
    </message>
    <message>
        <source>Accept a known device that now signs with a new key.</source>
        <translation>Aceptar un dispositivo conocido que ahora firma con una clave nueva.</translation>
    </message>
    <message>
        <source>Check a bundle&apos;s integrity and signature.</source>
        <translation>Verificar la integridad y la firma de un paquete.</translation>
    </message>
    <message>
        <source>Summarise a bundle&apos;s manifest.</source>
        <translation>Resumir el manifiesto de un paquete.</translation>
    </message>
    <message>
        <source>List the values that lost a merge; re-apply or dismiss one.</source>
        <translation>Listar los valores que perdieron en una fusión; volver a aplicar o descartar uno.</translation>
    </message>
    <message>
        <source>Include conflicts already handled.</source>
        <translation>Incluir los conflictos ya tratados.</translation>
    </message>
    <message>
        <source>Apply the losing value again, as a new edit.</source>
        <translation>Volver a aplicar el valor perdedor, como una edición nueva.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Mark a conflict as reviewed.</source>
        <translation>Marcar un conflicto como revisado.</translation>
    </message>
    <message>
        <source>Show this device and the devices whose bundles were imported.</source>
        <translation>Mostrar este dispositivo y los dispositivos cuyos paquetes se importaron.</translation>
    </message>
    <message>
        <source>List the automatic backups, or bring one back.</source>
        <translation>Listar las copias de seguridad automáticas, o recuperar una.</translation>
    </message>
    <message>
        <source>List the backups, newest first.</source>
        <translation>Listar las copias de seguridad, de la más reciente a la más antigua.</translation>
    </message>
    <message>
        <source>The backup to restore: a file name from --list, or &apos;latest&apos;.</source>
        <translation>La copia de seguridad que se restaurará: un nombre de archivo de --list, o &apos;latest&apos;.</translation>
    </message>
    <message>
        <source>Created workspace %1 for device &quot;%2&quot; (%3).</source>
        <translation>Se creó el espacio de trabajo %1 para el dispositivo &quot;%2&quot; (%3).</translation>
    </message>
    <message>
        <source>--enterprises, --years and --seed take whole numbers.</source>
        <translation>--enterprises, --years y --seed requieren números enteros.</translation>
    </message>
    <message>
        <source>--anchor takes a date (YYYY-MM-DD).</source>
        <translation>--anchor requiere una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>demo: %1 of about %2 records</source>
        <translation>demostración: %1 de aproximadamente %2 registros</translation>
    </message>
    <message>
        <source>1 cohort</source>
        <translation>1 cohorte</translation>
    </message>
    <message>
        <source>%1 cohorts</source>
        <translation>%1 cohortes</translation>
    </message>
    <message>
        <source>Added %1 enterprises in %2, %3 records (%4 photos) from %5 to %6, in %7 s.</source>
        <translation>Se agregaron %1 empresas en %2, %3 registros (%4 fotos) del %5 al %6, en %7 s.</translation>
    </message>
    <message>
        <source>--count N and --seed S are required whole numbers.</source>
        <translation>--count N y --seed S son obligatorios y deben ser números enteros.</translation>
    </message>
    <message>
        <source>Made %1 edits: %2 created, %3 updated, %4 deleted, %5 restored.</source>
        <translation>Se hicieron %1 ediciones: %2 creados, %3 modificados, %4 eliminados, %5 restaurados.</translation>
    </message>
    <message>
        <source>Say what to list: enterprises, cohorts, visits, actions or people.</source>
        <translation>Indique qué listar: enterprises, cohorts, visits, actions o people.</translation>
    </message>
    <message>
        <source>Cannot list &apos;%1&apos;; choose enterprises, cohorts, visits, actions or people.</source>
        <translation>No se puede listar &apos;%1&apos;; elija enterprises, cohorts, visits, actions o people.</translation>
    </message>
    <message>
        <source>live</source>
        <translation>activos</translation>
    </message>
    <message>
        <source>attachment content: %1 bytes</source>
        <translation>contenido de adjuntos: %1 bytes</translation>
    </message>
    <message>
        <source>open conflicts: %1</source>
        <translation>conflictos abiertos: %1</translation>
    </message>
    <message>
        <source>known devices: %1</source>
        <translation>dispositivos conocidos: %1</translation>
    </message>
    <message>
        <source>file size: %1 bytes</source>
        <translation>tamaño del archivo: %1 bytes</translation>
    </message>
    <message>
        <source>Only the canonical dump exists; add --canonical.</source>
        <translation>Solo existe el volcado canónico; agregue --canonical.</translation>
    </message>
    <message>
        <source>Standard output cannot be written.</source>
        <translation>No se puede escribir en la salida estándar.</translation>
    </message>
    <message>
        <source>The workspace is healthy (%1 records checked).</source>
        <translation>El espacio de trabajo está en buen estado (%1 registros verificados).</translation>
    </message>
    <message>
        <source>The workspace has %1 problem(s):</source>
        <translation>El espacio de trabajo tiene %1 problema(s):</translation>
    </message>
    <message>
        <source>Create a new workspace with the SCORE content.</source>
        <translation>Crear un espacio de trabajo nuevo con el contenido de SCORE.</translation>
    </message>
    <message>
        <source>Name of this device (default: the host name).</source>
        <translation>Nombre de este dispositivo (predeterminado: el nombre del equipo).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Name of the person using it (default: the login name).</source>
        <translation>Nombre de la persona que lo usa (predeterminado: el nombre de inicio de sesión).</translation>
    </message>
    <message>
        <source>Fill an empty workspace with realistic SCORE data (same seed, same data).</source>
        <translation>Llenar un espacio de trabajo vacío con datos realistas de SCORE (misma semilla, mismos datos).</translation>
    </message>
    <message>
        <source>Number of enterprises (default 12: one cohort).</source>
        <translation>Número de empresas (predeterminado 12: una cohorte).</translation>
    </message>
    <message>
        <source>Years of programme history (default 1).</source>
        <translation>Años de historial del programa (predeterminado 1).</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Semilla aleatoria (predeterminado 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The demo&apos;s &quot;today&quot; (default: today).</source>
        <translation>El &quot;hoy&quot; de la demostración (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>Leave out the generated photos of evidence.</source>
        <translation>Omitir las fotos de evidencia generadas.</translation>
    </message>
    <message>
        <source>Make realistic random edits as this device (deterministic per seed).</source>
        <translation>Hacer ediciones aleatorias realistas como este dispositivo (deterministas según la semilla).</translation>
    </message>
    <message>
        <source>Number of edits.</source>
        <translation>Número de ediciones.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Semilla aleatoria.</translation>
    </message>
    <message>
        <source>List enterprises, cohorts, visits, actions or people (id&lt;TAB&gt;name).</source>
        <translation>Listar enterprises, cohorts, visits, actions o people (id&lt;TAB&gt;nombre).</translation>
    </message>
    <message>
        <source>enterprises, cohorts, visits, actions or people</source>
        <translation>enterprises, cohorts, visits, actions o people</translation>
    </message>
    <message>
        <source>Count the records of every kind.</source>
        <translation>Contar los registros de cada tipo.</translation>
    </message>
    <message>
        <source>Print the canonical dump of the shared records.</source>
        <translation>Imprimir el volcado canónico de los registros compartidos.</translation>
    </message>
    <message>
        <source>Stable, device-independent format (required).</source>
        <translation>Formato estable, independiente del dispositivo (obligatorio).</translation>
    </message>
    <message>
        <source>Check the workspace&apos;s integrity and the SCORE invariants.</source>
        <translation>Verificar la integridad del espacio de trabajo y las invariantes de SCORE.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %1 report to %2 (%n page(s)) in %3 s.</source>
        <translation>
            <numerusform>Se escribió el informe %1 en %2 (%n página) en %3 s.</numerusform>
            <numerusform>Se escribió el informe %1 en %2 (%n páginas) en %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>Say cohort, enterprise or person, not “%1”.</source>
        <translation>Indique cohort, enterprise o person, no “%1”.</translation>
    </message>
    <message>
        <source>Say what to add: cohort, enterprise or person.</source>
        <translation>Indique qué añadir: cohort, enterprise o person.</translation>
    </message>
    <message>
        <source>Say what to change: KIND ID (cohort, enterprise or person, and its id or name).</source>
        <translation>Indique qué cambiar: TIPO ID (cohort, enterprise o person, y su identificador o su nombre).</translation>
    </message>
    <message>
        <source>Say what to change, for example --city “Bien Hoa”.</source>
        <translation>Indique qué cambiar, por ejemplo --city “Bien Hoa”.</translation>
    </message>
    <message>
        <source>Say what to delete: KIND ID (cohort, enterprise or person, and its id or name).</source>
        <translation>Indique qué eliminar: TIPO ID (cohort, enterprise o person, y su identificador o su nombre).</translation>
    </message>
    <message>
        <source>Moved the %1 to the recycle bin with what belongs to it; the Sync view&apos;s recycle bin brings it back.</source>
        <translation>Se movió %1 a la papelera con todo lo que le pertenece; la papelera de la vista Sincronizar lo recupera.</translation>
    </message>
    <message>
        <source>Add a cohort, an enterprise or a person; prints the new id last.</source>
        <translation>Añade una cohorte, una empresa o una persona; escribe el nuevo identificador al final.</translation>
    </message>
    <message>
        <source>cohort, enterprise or person</source>
        <translation>cohort, enterprise o person</translation>
    </message>
    <message>
        <source>Change fields of a cohort, an enterprise or a person.</source>
        <translation>Cambia campos de una cohorte, una empresa o una persona.</translation>
    </message>
    <message>
        <source>its id, or its name when no other has it</source>
        <translation>su identificador, o su nombre si ningún otro lo tiene</translation>
    </message>
    <message>
        <source>Move a cohort, an enterprise or a person to the recycle bin.</source>
        <translation>Mueve una cohorte, una empresa o una persona a la papelera.</translation>
    </message>
    <message>
        <source>You are %1 here (%2).</source>
        <translation>Aquí usted es %1 (%2).</translation>
    </message>
    <message>
        <source>Their role: counsellor (default), trainer, staff or manager.</source>
        <translation>Su función: counsellor (predeterminada), trainer, staff o manager.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>FUNCIÓN</translation>
    </message>
    <message>
        <source>Their gender: woman, man, other or not said (default).</source>
        <translation>Su género: woman, man, other o not said (predeterminado).</translation>
    </message>
    <message>
        <source>GENDER</source>
        <translation>GÉNERO</translation>
    </message>
    <message>
        <source>--%1 is not a field of %2; their fields are %3.</source>
        <translation>--%1 no es un campo de %2; sus campos son %3.</translation>
    </message>
    <message>
        <source>Say where to write the sheet: --out FILE.xlsx or FILE.csv.</source>
        <translation>Indique dónde escribir la hoja: --out ARCHIVO.xlsx o ARCHIVO.csv.</translation>
    </message>
    <message>
        <source>--out must end in .xlsx (one workbook) or .csv (a file per kind).</source>
        <translation>--out debe terminar en .xlsx (un libro) o .csv (un archivo por tipo).</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Se escribió %1.</translation>
    </message>
    <message>
        <source>Say which file to import: scorectl sheet import --db F FILE.xlsx (or CSV files).</source>
        <translation>Indique qué archivo importar: scorectl sheet import --db F ARCHIVO.xlsx (o archivos CSV).</translation>
    </message>
    <message>
        <source>Nothing was imported; correct these cells and import again:</source>
        <translation>No se importó nada; corrija estas celdas e importe de nuevo:</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>Would add %1, change %2 and leave %3 as they are (dry run: nothing written).</source>
        <translation>Se añadirían %1, se modificarían %2 y %3 quedarían igual (prueba: no se escribió nada).</translation>
    </message>
    <message>
        <source>Added %1, changed %2, left %3 as they were.</source>
        <translation>Se añadieron %1, se modificaron %2 y %3 quedaron igual.</translation>
    </message>
    <message>
        <source>Say export or import.</source>
        <translation>Indique export (exportar) o import (importar).</translation>
    </message>
    <message>
        <source>Export cohorts, enterprises and people to a spreadsheet, or import them from one.</source>
        <translation>Exportar cohortes, empresas y personas a una hoja de cálculo, o importarlas desde una.</translation>
    </message>
    <message>
        <source>export --out FILE.xlsx|FILE.csv, or import FILE…</source>
        <translation>export --out ARCHIVO.xlsx|ARCHIVO.csv, o import ARCHIVO…</translation>
    </message>
    <message>
        <source>The XLSX workbook, or the first of the CSV files (FILE-cohorts.csv, …).</source>
        <translation>El libro XLSX, o el primero de los archivos CSV (ARCHIVO-cohorts.csv, …).</translation>
    </message>
    <message>
        <source>Say what importing would do, and write nothing.</source>
        <translation>Decir qué haría la importación, sin escribir nada.</translation>
    </message>
    <message>
        <source>This workspace&apos;s changes are not dated after this computer&apos;s date; nothing to re-stamp.</source>
        <translation>Los cambios de este espacio de trabajo no tienen fecha posterior a la de este ordenador; no hay nada que volver a sellar.</translation>
    </message>
    <message>
        <source>Re-stamped %1 changes in %2 records that this device dated up to %3 while its clock was ahead; its next bundles will be accepted.</source>
        <translation>Se volvieron a sellar %1 cambios en %2 registros que este dispositivo fechó hasta %3 mientras su reloj iba adelantado; sus próximos paquetes serán aceptados.</translation>
    </message>
    <message>
        <source>Give this device&apos;s changes dated in the future the present time, once its clock is right.</source>
        <translation>Da la hora actual a los cambios de este dispositivo fechados en el futuro, una vez que su reloj está bien.</translation>
    </message>
    <message>
        <source>Nothing was removed: with these problems, what the records refer to cannot be trusted.</source>
        <translation>No se eliminó nada: con estos problemas no se puede confiar en lo que los registros usan.</translation>
    </message>
    <message>
        <source>Attachment content that no record refers to: %1 (%2); &apos;scorectl check --repair&apos; removes it.</source>
        <translation>Contenido de adjuntos al que ningún registro hace referencia: %1 (%2); &apos;scorectl check --repair&apos; lo elimina.</translation>
    </message>
    <message>
        <source>Removed attachment content that no record referred to: %1 (%2).</source>
        <translation>Se eliminó el contenido de adjuntos al que ningún registro hacía referencia: %1 (%2).</translation>
    </message>
    <message>
        <source>Also remove attachment content that no record, live or in the recycle bin, refers to.</source>
        <translation>Elimina también el contenido de adjuntos al que ningún registro, vigente o en la papelera, hace referencia.</translation>
    </message>
    <message>
        <source>An empty passphrase would protect nothing, so no bundle was written; give one, or leave out --passphrase to write an unprotected bundle.</source>
        <translation>Una frase de contraseña vacía no protegería nada, así que no se escribió ningún paquete; indique una, u omita --passphrase para escribir un paquete sin protección.</translation>
    </message>
</context>
<context>
    <name>score::edit</name>
    <message>
        <source>There is no kind of record called &quot;%1&quot;.</source>
        <translation>No existe ningún tipo de registro llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This %1 no longer exists.</source>
        <translation>Este registro (%1) ya no existe.</translation>
    </message>
</context>
<context>
    <name>score::edit::Attachments</name>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>No se puede leer %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is larger than 50 MB; take a smaller photo or scan.</source>
        <translation>%1 supera los 50 MB; tome una foto o un escaneo más pequeño.</translation>
    </message>
    <message>
        <source>%1 could not be read completely.</source>
        <translation>No se pudo leer %1 por completo.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Agregar %1</translation>
    </message>
</context>
<context>
    <name>scorectl</name>
    <message>
        <source>Workspace file.</source>
        <translation>Archivo del espacio de trabajo.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Try &apos;scorectl %1 --help&apos;.</source>
        <translation>Pruebe &apos;scorectl %1 --help&apos;.</translation>
    </message>
    <message>
        <source>scorectl — SCORE Desk on the command line</source>
        <translation>scorectl: SCORE Desk en la línea de comandos</translation>
    </message>
    <message>
        <source>Usage: scorectl COMMAND [options]</source>
        <translation>Uso: scorectl COMANDO [opciones]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run &apos;scorectl COMMAND --help&apos; for the options of a command.</source>
        <translation>Ejecute &apos;scorectl COMANDO --help&apos; para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>scorectl: unknown command &apos;%1&apos;.</source>
        <translation>scorectl: comando desconocido &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Run &apos;scorectl --help&apos; for the list of commands.</source>
        <translation>Ejecute &apos;scorectl --help&apos; para ver la lista de comandos.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>Se requiere --db ARCHIVO.</translation>
    </message>
    <message>
        <source>Note: this workspace has changes dated up to %1, after this computer&apos;s date; other devices hold its bundles back. If today&apos;s date is right, run &apos;scorectl restamp&apos;.</source>
        <translation>Nota: este espacio de trabajo tiene cambios con fecha hasta %1, posterior a la de este ordenador; los demás dispositivos retienen sus paquetes. Si la fecha de hoy es correcta, ejecute &apos;scorectl restamp&apos;.</translation>
    </message>
</context>
</TS>
